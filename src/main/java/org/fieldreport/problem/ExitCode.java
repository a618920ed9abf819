package org.fieldreport.problem;

/**
 * The process exit codes, the same for every command. Scripts and cron jobs depend on them: never renumber.
 */
public enum ExitCode {
    /** Done; no errors (warnings allowed unless --strict). */
    OK(0, "done"),
    /** Data errors excluded rows, or warnings under --strict. */
    DATA_ERRORS(1, "data errors excluded rows (or warnings under --strict)"),
    /** The command line or the project file is wrong. */
    USAGE(2, "usage or project-file error"),
    /**
     * A budget line broke the flexibility rule (or an expense could not be converted) under --fail-on flagged, or a
     * filled workbook template has an audit finding under --fail-on audit.
     */
    BUDGET_FLAG(3, "a budget flag or a template finding under --fail-on"),
    /** An output file could not be written. */
    OUTPUT_FAILED(4, "an output could not be written"),
    /** A bug in fieldreport. */
    INTERNAL(5, "internal error (run again with --stacktrace)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** What the code means, as every command's {@code --help} lists it. */
    public String meaning() {
        return meaning;
    }

    /** The more serious of two outcomes, for runs over several projects or several outputs. */
    public ExitCode worst(ExitCode other) {
        return other.code > code ? other : this;
    }
}

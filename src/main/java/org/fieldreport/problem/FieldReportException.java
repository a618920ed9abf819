package org.fieldreport.problem;

import java.util.List;

/**
 * The one exception type that stops a command: it carries the exit code and a message for the user (and, for a
 * project-file error, the problems found). Data problems in CSV rows are collected, never thrown.
 */
public class FieldReportException extends RuntimeException {

    private final ExitCode exitCode;
    private final List<Problem> problems;

    public FieldReportException(ExitCode exitCode, String message) {
        this(exitCode, message, List.of(), null);
    }

    public FieldReportException(ExitCode exitCode, String message, Throwable cause) {
        this(exitCode, message, List.of(), cause);
    }

    public FieldReportException(ExitCode exitCode, String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** Problems behind the failure, each with its place (for example every wrong key of a project.yaml). */
    public List<Problem> problems() {
        return problems;
    }
}

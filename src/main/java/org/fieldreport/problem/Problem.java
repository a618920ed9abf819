package org.fieldreport.problem;

import org.fieldreport.model.SourceRef;

/**
 * One thing wrong with the input: where ({@code source}), how bad ({@code severity}), a stable {@code code} for
 * scripts (such as {@code bad-number}), what is wrong ({@code message}) and, where it helps, how to fix it
 * ({@code hint}, may be null). Messages never quote the value of a child code or of a column that looks like
 * personal data.
 */
public record Problem(Severity severity, String code, SourceRef source, String message, String hint) {

    /** Keeps every problem on one line: control characters in quoted values are shown escaped. */
    public Problem {
        message = oneLine(message);
        hint = hint == null ? null : oneLine(hint);
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                .replace("\0", "\\0");
    }

    public static Problem error(String code, SourceRef source, String message, String hint) {
        return new Problem(Severity.ERROR, code, source, message, hint);
    }

    public static Problem warning(String code, SourceRef source, String message, String hint) {
        return new Problem(Severity.WARNING, code, source, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form {@code file:line:column: error: message; hint}. */
    public String format() {
        String line = source + ": " + severity.label() + ": " + message;
        return hint == null ? line : line + "; " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}

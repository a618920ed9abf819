package org.fieldreport.cli;

/**
 * Whether output goes to a person at a terminal, and how wide it is: colour only at a terminal, never when piped or
 * redirected, and never when {@code NO_COLOR} is set or {@code TERM} is {@code dumb}; the width is {@code COLUMNS}
 * when the shell exports it, else 0 (unknown: help asks picocli, tables keep to 100 columns).
 */
final class Terminal {

    private Terminal() {
    }

    static boolean colour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(term);
    }

    /** {@code COLUMNS} when it is a sensible width, else 0. */
    static int columns() {
        return columns(System.getenv("COLUMNS"));
    }

    static int columns(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return 0;
        }
        int n = Integer.parseInt(value.strip());
        return n >= 40 ? n : 0;
    }
}

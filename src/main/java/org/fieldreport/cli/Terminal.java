package org.fieldreport.cli;

/**
 * Whether output goes to a person at a terminal: colour only then, never when piped or redirected, and never when
 * {@code NO_COLOR} is set or {@code TERM} is {@code dumb}.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean colour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(term);
    }
}

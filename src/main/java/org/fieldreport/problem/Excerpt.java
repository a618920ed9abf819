package org.fieldreport.problem;

/**
 * A short, printable excerpt of untrusted text for a message: at most a given number of characters, with control,
 * format (zero-width, bidirectional override) and other invisible characters shown as {@code \\uXXXX}, so that a
 * message stays on one line, reads the same in every terminal and never carries a whole file into a report.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /** {@code text} cut to {@code max} characters (with "…" when cut) and its invisible characters escaped. */
    public static String of(String text, int max) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (shown == max) {
                return s.append('…').toString();
            }
            if (invisible(c)) {
                s.append(String.format("\\u%04X", c));
            } else {
                s.appendCodePoint(c);
            }
            shown++;
            i += Character.charCount(c);
        }
        return s.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}

package org.fieldreport.ingest;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters that have no place in a code, a name or a label: control characters (NUL and the rest of Unicode's
 * Cc, except tab and line ends) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E,
 * U+2066 to U+2069) that make text display in another order than it is stored.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** The first such character of {@code text}, if any. */
    public static OptionalInt first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether any of {@code texts} holds such a character; printable ASCII, most of an export, is not one. */
    static boolean anyIn(String[] texts) {
        for (String v : texts) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if ((c < ' ' || c > '~') && isInvisible(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isInvisible(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** For messages: the code point and, for the bidirectional controls, what it does. */
    public static String describe(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (c == 0) {
            return code + " (NUL)";
        }
        if (c == '\n' || c == '\r') {
            return code + " (a line end)";
        }
        if (c == '\t') {
            return code + " (a tab)";
        }
        if (Character.getType(c) == Character.CONTROL) {
            return code + " (a control character)";
        }
        return code + " (a bidirectional control: it changes the order in which text is shown)";
    }
}

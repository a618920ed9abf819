package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns a number as people type it into an exact {@link BigDecimal}, never through {@code double}. The one rule:
 * <ul>
 *   <li>surrounding spaces and a currency symbol ($, US$, ៛, €, £) before or after the number are ignored;</li>
 *   <li>a leading minus, or parentheses around the whole number, make it negative: {@code (120.00)} is -120.00;</li>
 *   <li>spaces (ordinary, no-break or thin) between digits are thousands separators: {@code 4 000 000};</li>
 *   <li>commas are thousands separators only in groups of three digits: {@code 1,234.50}; any other comma is an
 *       error, since {@code 12,5} could mean twelve and a half or a typo;</li>
 *   <li>the decimal separator is the point.</li>
 * </ul>
 */
public final class DecimalText {

    private DecimalText() {
    }

    /** How to write a number the way a file's decimal mark wants it, for the message about {@code v}. */
    static String hint(String v, boolean decimalComma) {
        if (decimalComma) {
            return "this file is read with decimal: comma: write numbers like 1234,50 or 1.234,50 (a point only"
                    + " between groups of three digits)";
        }
        String hint = "write numbers like 1234.50 or 1,234.50 (a comma only between groups of three digits)";
        return onlyDecimalComma(v) ? hint + "; if the export writes decimal commas, set decimal: comma"
                + " for this file in project.yaml" : hint;
    }

    /** The exact value, or null when the text is not a number under the rule above. */
    public static BigDecimal parse(String text) {
        BigDecimal plain = plain(text);
        return plain != null ? plain : general(text);
    }

    /**
     * The value of one to nine ASCII digits, the way most counts are written, read without making a number: the value
     * {@link #parse} gives; -1 for any other text.
     */
    static int digitsOnly(String text) {
        if (text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The exact value of a number written with a decimal comma when {@code decimalComma} holds ({@code 1.234,50},
     * {@code 12,5}): the same rule with the point and the comma trading places.
     */
    public static BigDecimal parse(String text, boolean decimalComma) {
        if (!decimalComma) {
            return parse(text);
        }
        StringBuilder swapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            swapped.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return parse(swapped.toString());
    }

    /**
     * Whether {@code text} can only be a number written with a decimal comma: a comma followed by one or two digits
     * at the end ({@code 12,50}), or points between groups of three digits before a comma ({@code 1.234,5}).
     */
    static boolean onlyDecimalComma(String text) {
        return DECIMAL_COMMA.matcher(text).find();
    }

    /**
     * Whether {@code text} can only be a number written with a decimal point: a point followed by one, two or more
     * than three digits at the end ({@code 12.50}), or commas between groups of three before a point.
     */
    static boolean onlyDecimalPoint(String text) {
        return DECIMAL_POINT.matcher(text).find();
    }

    /** How a number may end: at the text's end, or before a currency symbol or code and a closing bracket. */
    private static final String END = "\\s*(?:\\p{Sc}|[A-Za-z]{3})?\\s*\\)?$";
    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "(?:^|[^\\d.,])\\d+(?:\\.\\d{3})*,(?:\\d{1,2}|\\d{4,})" + END + "|\\d\\.\\d{3},\\d+" + END);
    private static final Pattern DECIMAL_POINT = Pattern.compile(
            "(?:^|[^\\d.,])\\d+(?:,\\d{3})*\\.(?:\\d{1,2}|\\d{4,})" + END + "|\\d,\\d{3}\\.\\d+" + END);

    /**
     * The common form, digits with an optional leading minus and decimal point ({@code 997000}, {@code -156.70}),
     * read without making a string; null for anything else, which {@link #general} then reads. The value and scale
     * are those {@link #general} gives.
     */
    private static BigDecimal plain(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length - i > 18) {
            return null; // might not fit a long
        }
        long unscaled = 0;
        int digitsBefore = 0;
        int scale = -1; // digits after the point, -1 before a point is seen
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale < 0) {
                    digitsBefore++;
                } else {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && digitsBefore > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digitsBefore == 0 || scale == 0) {
            return null;
        }
        return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static BigDecimal general(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-")) {
            if (negative) {
                return null;
            }
            negative = true;
            s = s.substring(1).strip();
        }
        s = stripCurrency(s);
        if (s.startsWith("-") && !negative) {
            negative = true;
            s = s.substring(1).strip();
        }
        StringBuilder digits = new StringBuilder(s.length());
        int commaGroup = -1; // digits since the last comma, -1 when no comma seen
        boolean point = false;
        int digitsBefore = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (!point) {
                    digitsBefore++;
                    if (commaGroup >= 0) {
                        commaGroup++;
                    }
                }
            } else if (c == ',' && !point) {
                if (digitsBefore == 0 || (commaGroup >= 0 && commaGroup != 3)) {
                    return null;
                }
                if (commaGroup < 0 && digitsBefore > 3) {
                    return null;
                }
                commaGroup = 0;
            } else if (c == '.' && !point) {
                if (commaGroup >= 0 && commaGroup != 3) {
                    return null;
                }
                point = true;
                digits.append('.');
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') && !point
                    && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1))) {
                // thousands separator
                continue;
            } else {
                return null;
            }
        }
        if (commaGroup >= 0 && commaGroup != 3) {
            return null;
        }
        if (digitsBefore == 0 || digits.charAt(digits.length() - 1) == '.') {
            return null;
        }
        BigDecimal value = new BigDecimal(digits.toString());
        return negative ? value.negate() : value;
    }

    private static String stripCurrency(String s) {
        for (String symbol : new String[] {"US$", "$", "\u17DB", "\u20AC", "\u00A3"}) {
            if (s.startsWith(symbol)) {
                return s.substring(symbol.length()).strip();
            }
            if (s.endsWith(symbol)) {
                return s.substring(0, s.length() - symbol.length()).strip();
            }
        }
        return s;
    }
}

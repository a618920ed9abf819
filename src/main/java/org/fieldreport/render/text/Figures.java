package org.fieldreport.render.text;

import java.math.BigDecimal;

/**
 * Writes exact figures for people: digits grouped by thousands with commas, decimals exactly as computed
 * ({@code 1,234}, {@code 4.60}), an empty string for a missing figure.
 */
public final class Figures {

    private Figures() {
    }

    public static String of(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : plain.substring(dot));
    }
}

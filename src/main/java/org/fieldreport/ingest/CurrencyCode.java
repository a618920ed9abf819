package org.fieldreport.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads an ISO 4217 currency code (three letters, any case); blank means the project's reporting currency. */
final class CurrencyCode {

    /**
     * One string per code (at most 26³), so that a million rows share "KHR" rather than each holding the copy its
     * CSV field was read into.
     */
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    private CurrencyCode() {
    }

    /** The ISO code the text stands for, or null when it is not a currency. */
    static String normalise(String text, String reporting) {
        String v = text.strip();
        if (v.isEmpty()) {
            return reporting;
        }
        if (v.length() == 3 && letter(v.charAt(0)) && letter(v.charAt(1)) && letter(v.charAt(2))) {
            String code = v.toUpperCase(Locale.ROOT);
            return code.equals(reporting) ? reporting : CODES.computeIfAbsent(code, c -> c);
        }
        if (v.equals("$") || v.equalsIgnoreCase("US$")) {
            return "USD";
        }
        if (v.equals("\u17DB") || v.equalsIgnoreCase("riel") || v.equalsIgnoreCase("riels")) {
            return "KHR";
        }
        return null;
    }

    private static boolean letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The row's currency: its currency column, else the code written with its amount, else {@code reporting}. A
     * code that is not ISO 4217, or a column that disagrees with the amount's code, is an error.
     */
    static String read(RowFields f, String column, String reporting) {
        String v = f.text(column);
        String code = normalise(v, reporting);
        if (code == null || v.strip().length() == 3 && !MoneyText.isIso(code)) {
            String close = code == null ? null : MoneyText.closest(code);
            f.error("bad-currency", column, column + " " + f.quoted(v) + " is not a currency code",
                    close != null ? "did you mean " + close + "?" : "use a three-letter ISO code such as USD or KHR");
            return null;
        }
        String stated = f.amountCurrency();
        if (stated != null && v.isBlank()) {
            return normalise(stated, reporting);
        }
        if (stated != null && !stated.equals(code)) {
            f.error("currency-differs", column, "the amount is written in " + stated + " but " + column + " says "
                    + code, "correct one of the two");
            return null;
        }
        return code;
    }
}

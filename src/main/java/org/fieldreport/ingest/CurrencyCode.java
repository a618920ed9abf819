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

    static String read(RowFields f, String column, String reporting) {
        String v = f.text(column);
        String code = normalise(v, reporting);
        if (code == null) {
            f.error("bad-currency", column, column + " " + f.quoted(v) + " is not a currency code",
                    "use a three-letter ISO code such as USD or KHR");
            return null;
        }
        return code;
    }
}

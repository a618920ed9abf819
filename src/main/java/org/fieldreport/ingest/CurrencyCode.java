package org.fieldreport.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads an ISO 4217 currency code (three letters, any case); blank means the project's reporting currency. */
final class CurrencyCode {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");

    private CurrencyCode() {
    }

    /** The ISO code the text stands for, or null when it is not a currency. */
    static String normalise(String text, String reporting) {
        String v = text.strip();
        if (v.isEmpty()) {
            return reporting;
        }
        if (v.equals("$") || v.equalsIgnoreCase("US$")) {
            return "USD";
        }
        if (v.equals("\u17DB") || v.equalsIgnoreCase("riel") || v.equalsIgnoreCase("riels")) {
            return "KHR";
        }
        return CODE.matcher(v).matches() ? v.toUpperCase(Locale.ROOT) : null;
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

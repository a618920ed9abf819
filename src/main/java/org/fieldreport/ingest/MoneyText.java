package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an amount of money as statements and apps write it: a number by {@link DecimalText}'s rule, with a currency
 * code or symbol before or after it ({@code USD 120.00}, {@code KSh 1,200}, {@code 120.00 CHF}), a trailing minus
 * ({@code 120.00-}) and a statement's {@code CR} or {@code DR} after it. {@code DR} (debit) is money going out and
 * {@code CR} (credit) money coming in, whatever sign the file otherwise uses: the amount is given then as a
 * statement gives it, negative for a debit. A three-letter code must be an ISO 4217 currency; one close to a known
 * code is refused with "did you mean".
 */
final class MoneyText {

    /** What is accepted, for the message of an amount that is not one. */
    static final String ACCEPTED = "write amounts like 1234.50 or 1,234.50 (a comma only between groups of three"
            + " digits), negative as -120.00, (120.00) or 120.00-, with a currency code or symbol before or after if"
            + " the export has one (USD 120.00, KSh 1,200, 120.00 EUR) and CR or DR after a statement's amounts";

    /** What an amount may look like, the way a file's decimal mark wants it, for the message about {@code v}. */
    static String hint(String v, boolean decimalComma) {
        if (decimalComma) {
            return DecimalText.hint(v, true) + "; a currency code or symbol, a trailing minus and CR or DR are"
                    + " accepted too";
        }
        return ACCEPTED + (DecimalText.onlyDecimalComma(v) ? "; if the export writes decimal commas, set"
                + " decimal: comma for this file in project.yaml" : "");
    }

    /** Which way a statement marks an amount: {@code DR} money going out, {@code CR} money coming in. */
    enum Flow { DEBIT, CREDIT }

    /**
     * One amount read: its value (negative for a debit), the ISO code it names (null when none, or only a bare
     * {@code $}) and its statement mark (null when none); or, when {@code value} is null, the problem with a
     * currency it names ({@code problem}, null when the text is simply not a number).
     */
    record Reading(BigDecimal value, String code, Flow flow, String problem) {
    }

    /** A letter or a currency symbol other than the bare dollar, which names no code. */
    private static final Pattern NAMES_A_CURRENCY = Pattern.compile("[\\p{L}\\p{Sc}&&[^$]]");
    private static final Pattern FLOW = Pattern.compile("(.*[\\d)])\\s*(?i)(cr|dr)\\.?");
    private static final Pattern LEADING = Pattern.compile("([A-Za-z]{2,4}\\$?|[A-Za-z]{0,3}\\p{Sc})\\s*([-(]?\\s*\\d.*)");
    private static final Pattern TRAILING = Pattern.compile("(.*[\\d)])\\s*([A-Za-z]{2,4}|\\p{Sc})");
    private static final Map<String, String> SYMBOLS = Map.of("us$", "USD", "ksh", "KES", "kshs", "KES",
            "\u20AC", "EUR", "\u00A3", "GBP", "\u17DB", "KHR", "riel", "KHR", "\u00A5", "JPY", "\u20B9", "INR");
    private static final Set<String> ISO = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    /** The codes a near miss is compared with first, in this order. */
    private static final List<String> COMMON = List.of("USD", "EUR", "GBP", "CHF", "KES", "KHR", "UGX", "TZS",
            "XOF", "XAF", "INR", "BDT", "PHP", "THB", "NGN", "ZAR", "ETB", "CAD", "AUD", "SEK", "NOK", "DKK", "JPY");

    private MoneyText() {
    }

    /** Reads {@code raw} (already stripped); {@code decimalComma} as the file declares. */
    static Reading read(String raw, boolean decimalComma) {
        BigDecimal plain = NAMES_A_CURRENCY.matcher(raw).find() ? null : DecimalText.parse(raw, decimalComma);
        if (plain != null) {
            return new Reading(plain, null, null, null);
        }
        String s = raw.strip();
        Flow flow = null;
        Matcher m = FLOW.matcher(s);
        if (m.matches()) {
            flow = m.group(2).equalsIgnoreCase("dr") ? Flow.DEBIT : Flow.CREDIT;
            s = m.group(1).strip();
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        } else if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1).strip();
        }
        String token = null;
        if ((m = LEADING.matcher(s)).matches()) {
            token = m.group(1);
            s = m.group(2);
        } else if ((m = TRAILING.matcher(s)).matches()) {
            token = m.group(2);
            s = m.group(1).strip();
        }
        if (s.endsWith("-") && !negative) {
            negative = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        BigDecimal value = DecimalText.parse(s, decimalComma);
        if (value == null || (negative || flow != null) && value.signum() < 0 || negative && flow != null) {
            return new Reading(null, null, null, null);
        }
        String code = null;
        if (token != null) {
            code = code(token);
            if (code == null) {
                return new Reading(null, null, null, unknownCurrency(token));
            }
            code = code.isEmpty() ? null : code;
        }
        if (negative || flow == Flow.DEBIT) {
            value = value.negate();
        }
        return new Reading(value, code, flow, null);
    }

    /** The ISO code a currency token stands for, "" for a bare dollar sign, null when it is not a currency. */
    private static String code(String token) {
        if (token.equals("$")) {
            return "";
        }
        String symbol = SYMBOLS.get(token.toLowerCase(Locale.ROOT));
        if (symbol != null) {
            return symbol;
        }
        String upper = token.toUpperCase(Locale.ROOT);
        return ISO.contains(upper) ? upper : null;
    }

    /** Whether {@code code} is an ISO 4217 currency code. */
    static boolean isIso(String code) {
        return ISO.contains(code);
    }

    /** The message for a currency that is not one: the token, and the ISO code it was probably meant to be. */
    static String unknownCurrency(String token) {
        String message = "\"" + token + "\" is not a currency code";
        String close = closest(token.toUpperCase(Locale.ROOT));
        return close == null ? message + "; use a three-letter ISO code such as USD or KES"
                : message + "; did you mean " + close + "?";
    }

    /**
     * The known code a near miss was meant to be: a common code with the same letters in another order or one
     * letter off, else the one ISO code one letter off.
     */
    static String closest(String wanted) {
        for (String c : COMMON) {
            if (sameLetters(c, wanted) || oneOff(c, wanted)) {
                return c;
            }
        }
        List<String> near = ISO.stream().filter(c -> oneOff(c, wanted)).sorted().toList();
        return near.size() == 1 ? near.get(0) : null;
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    private static boolean oneOff(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }
}

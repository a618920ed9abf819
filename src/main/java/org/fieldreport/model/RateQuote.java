package org.fieldreport.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction an exchange rate is quoted in, as an accountant writes it: {@code KES per USD} means the rate is
 * how many KES one USD buys (1 USD = 129.50 KES). {@code quoted} is the currency the rate counts, {@code base} the
 * one it counts per unit of.
 */
public record RateQuote(String quoted, String base) {

    /** "KES per USD" (also "KES/USD") anywhere in a text, for a header such as "fx_rate (KES per USD)". */
    private static final Pattern WITHIN = Pattern.compile("(?<![A-Za-z])([A-Za-z]{3})\\s*(?:\\s[Pp][Ee][Rr]\\s|/)\\s*"
            + "([A-Za-z]{3})(?![A-Za-z])");
    private static final Pattern WHOLE = Pattern.compile("\\s*" + WITHIN.pattern() + "\\s*");

    public RateQuote {
        quoted = quoted.toUpperCase(Locale.ROOT);
        base = base.toUpperCase(Locale.ROOT);
    }

    /** The quote a whole text states ("KES per USD", "kes/usd"), or empty when it is not one. */
    public static Optional<RateQuote> parse(String text) {
        Matcher m = WHOLE.matcher(text == null ? "" : text);
        return m.matches() ? Optional.of(new RateQuote(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The quote named somewhere in a column header ("KES per USD", "rate (KES per USD)"), or empty. */
    public static Optional<RateQuote> within(String header) {
        Matcher m = WITHIN.matcher(header == null ? "" : header);
        return m.find() ? Optional.of(new RateQuote(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * The documented default when nothing states a direction: units of the booked currency per one unit of the
     * reporting currency (4,100 KHR per USD for a USD project).
     */
    public static RateQuote bookedPerReporting(String booked, String reporting) {
        return new RateQuote(booked, reporting);
    }

    /** True when the quote is between these two currencies, in either direction. */
    public boolean pairs(String one, String other) {
        return quoted.equals(one) && base.equals(other) || quoted.equals(other) && base.equals(one);
    }

    /**
     * True when an amount in {@code booked} is converted by multiplying by the rate (the rate counts the other
     * currency per one {@code booked}: USD booked at "KES per USD"), false when by dividing.
     */
    public boolean multiplies(String booked) {
        return base.equals(booked);
    }

    /** As written in project.yaml and the outputs: "KES per USD". */
    public String text() {
        return quoted + " per " + base;
    }

    @Override
    public String toString() {
        return text();
    }
}

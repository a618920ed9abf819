package org.fieldreport.render.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.RateInUse;
import org.fieldreport.model.RateQuote;

/**
 * Money and percentages as the terminal shows them: rounded once by {@link FinanceRounding} (half-up to the
 * currency's minor unit, percentages to two places) and grouped by thousands with a point for decimals.
 */
public final class FigureText {

    private FigureText() {
    }

    /** A displayed amount: "12,600.00". */
    public static String money(BigDecimal amount, String currency) {
        return grouped(FinanceRounding.display(amount, currency));
    }

    /** An exact amount with all its decimals, grouped: "1,234,000" or "12.345". */
    public static String exact(BigDecimal amount) {
        return grouped(FinanceRounding.plain(amount));
    }

    /** A displayed percentage, "12.50 %", or "n/a" when undefined. */
    public static String percent(BigDecimal percent) {
        return percent == null ? "n/a" : FinanceRounding.displayPercent(percent).toPlainString() + " %";
    }

    /** A ratio such as a pace, to two places: "0.83". */
    public static String ratio(BigDecimal ratio) {
        return ratio == null ? "n/a" : ratio.setScale(2, FinanceRounding.DISPLAY_ROUNDING).toPlainString();
    }

    /**
     * A rate as it was read, "1 USD = 129.50 KES", in the currency it counts: grouped, with every decimal written and
     * at least that currency's minor unit (4,036 KHR; 129.50 KES; 0.0077 USD).
     */
    public static String reads(RateQuote quote, BigDecimal rate) {
        return "1 " + quote.base() + " = " + rate(rate, quote.quoted()) + " " + quote.quoted();
    }

    /** The rate alone, as {@link #reads} writes it: "129.50". */
    public static String rate(BigDecimal rate, String quotedCurrency) {
        BigDecimal plain = FinanceRounding.plain(rate);
        return grouped(plain.setScale(Math.max(plain.scale(), FinanceRounding.minorUnit(quotedCurrency))));
    }

    /**
     * One rate in use in a sentence: "1 USD = 4,036 KHR: rates.csv, January 2019, National Bank of Cambodia (21
     * expenses)", or for the rows' own rates "1 USD = 4,001 to 4,060 KHR: the rates on the expense rows (140
     * expenses)".
     */
    public static String rateInUse(RateInUse r) {
        RateQuote q = r.quote();
        String value = r.lowest().compareTo(r.highest()) == 0 ? reads(q, r.lowest())
                : "1 " + q.base() + " = " + rate(r.lowest(), q.quoted()) + " to " + rate(r.highest(), q.quoted())
                + " " + q.quoted();
        String where = r.rowRates() ? "the rate" + (r.expenses() == 1 ? "" : "s") + " on the expense row"
                + (r.expenses() == 1 ? "" : "s") : "rates.csv, " + r.month().getMonth()
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + r.month().getYear()
                + (r.source() == null || r.source().equals("rates.csv") ? "" : ", " + r.source());
        return value + ": " + where + " (" + r.expenses() + (r.expenses() == 1 ? " expense)"
                : " expenses)");
    }

    private static String grouped(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}

package org.fieldreport.render.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.fieldreport.indicators.FinanceRounding;

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

    private static String grouped(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}

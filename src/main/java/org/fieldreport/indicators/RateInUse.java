package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.fieldreport.model.RateQuote;

/**
 * One exchange rate the expenses were converted at, in the direction it was read: a month's rate from rates.csv
 * ({@code month} and its {@code source} text set, {@code lowest} = {@code highest}), or the rates written on the
 * expense rows themselves for one currency and direction ({@code month} null, source {@code "row"}, from the lowest
 * to the highest), with how many expenses were converted at it.
 */
public record RateInUse(String currency, RateQuote quote, BigDecimal lowest, BigDecimal highest, YearMonth month,
                        String source, long expenses) {

    /** True for the expense rows' own rates, false for a month's rate from rates.csv. */
    public boolean rowRates() {
        return month == null;
    }
}

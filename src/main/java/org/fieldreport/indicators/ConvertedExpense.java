package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldreport.model.Expense;
import org.fieldreport.model.Money;
import org.fieldreport.model.RateQuote;

/**
 * An expense with its amount in the reporting currency, rounded half-up to that currency's minor unit at conversion
 * (the amount every output shows and sums). For an expense booked in another currency it keeps the rate used, the rate's date (the row's own date for a row
 * rate, the first day of the month for a rates.csv rate), the direction it was read in ({@code quote}: as stated,
 * else units of the original currency per reporting unit) and its source: {@code "row"} or the source text of
 * rates.csv (just {@code "rates.csv"} when that column is empty). For an expense already in the reporting currency
 * the four are null.
 */
public record ConvertedExpense(Expense expense, Money amount, BigDecimal rate, RateQuote quote, LocalDate rateDate,
                               String rateSource) {

    /** True when the expense was booked in another currency and converted. */
    public boolean converted() {
        return rate != null;
    }
}

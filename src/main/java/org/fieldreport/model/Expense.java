package org.fieldreport.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One expense as booked, in its original currency. {@code fxRate} is the rate written on the row, or null when the
 * row has none; {@code fxQuote} is the direction it was stated in (the row's quote column, the rate column's header
 * or project.yaml's {@code exchange_rates.quote}), null when nothing stated one (then the rate counts units of the
 * original currency per one unit of the reporting currency).
 */
public record Expense(LocalDate date, String lineCode, String description, Money amount, BigDecimal fxRate,
                      RateQuote fxQuote, String reference, SourceRef source) {

    /** The currency of {@link #amount()}. */
    public String currency() {
        return amount.currency();
    }

    /** Whether the row gave a rate. */
    public boolean hasFxRate() {
        return fxRate != null;
    }
}

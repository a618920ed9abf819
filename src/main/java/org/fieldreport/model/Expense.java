package org.fieldreport.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One expense as booked, in its original currency. {@code fxRate} is the rate written on the row (units of the
 * original currency per one unit of the reporting currency), or null when the row has none.
 */
public record Expense(LocalDate date, String lineCode, String description, Money amount, BigDecimal fxRate,
                      String reference, SourceRef source) {

    /** The currency of {@link #amount()}. */
    public String currency() {
        return amount.currency();
    }

    /** Whether the row gave a rate. */
    public boolean hasFxRate() {
        return fxRate != null;
    }
}

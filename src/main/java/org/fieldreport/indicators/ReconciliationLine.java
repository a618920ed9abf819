package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * One input file's amount column in one currency: the total over every data row, and the accepted and excluded
 * shares of it. It balances when accepted + excluded equals the file total exactly. {@code unreadableAmounts}
 * counts cells of the file (any currency) that were not numbers and so are in none of the three totals.
 */
public record ReconciliationLine(String kind, String file, String currency, BigDecimal fileTotal,
                                 BigDecimal accepted, BigDecimal excluded, int unreadableAmounts) {

    /** accepted + excluded − file total; zero when the file reconciles. */
    public BigDecimal difference() {
        return accepted.add(excluded).subtract(fileTotal);
    }

    public boolean balances() {
        return difference().signum() == 0;
    }
}

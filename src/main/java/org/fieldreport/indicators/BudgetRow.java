package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of the budget-against-actual table. An {@code unbudgeted} row holds spending booked to a line code that
 * is not in the year's budget; it carries a {@code warning}. {@code originalAmounts} totals, per other currency,
 * the amounts as booked (for example riel) before conversion. {@code varianceNote} is the empty placeholder a
 * flagged line carries for the explanation finance staff write for the donor (null on a line that is not
 * flagged).
 */
public record BudgetRow(String lineCode, String line, String heading, boolean unbudgeted, BudgetFigures figures,
                        Map<String, BigDecimal> originalAmounts, SpendingPace pace, FlexibilityCheck flexibility,
                        Forecast forecast, String warning, String varianceNote) {

    public BudgetRow {
        originalAmounts = java.util.Collections.unmodifiableMap(new TreeMap<>(originalAmounts));
    }

    public boolean needsDonorApproval() {
        return flexibility.needsDonorApproval();
    }
}

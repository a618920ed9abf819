package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A heading of the budget ("Programme", "Staff", or "Unbudgeted" for spending outside the budget) with its lines
 * and subtotal: the sum of its lines, figure by figure (its forecast too).
 */
public record BudgetHeading(String name, boolean unbudgeted, List<BudgetRow> rows, BudgetFigures figures,
                            Map<String, BigDecimal> originalAmounts, SpendingPace pace, Forecast forecast) {

    /** The name of the heading that gathers unbudgeted spending. */
    public static final String UNBUDGETED = "Unbudgeted";

    public BudgetHeading {
        rows = List.copyOf(rows);
        originalAmounts = java.util.Collections.unmodifiableMap(new TreeMap<>(originalAmounts));
    }
}

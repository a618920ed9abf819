package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A heading of the budget ("Programme", "Staff", or "Unbudgeted" for spending outside the budget) with its lines
 * and subtotal. {@code roundingDifference} is the displayed subtotal minus the sum of the displayed lines, per
 * figure: zero unless rounding each line to the cent makes them not add up.
 */
public record BudgetHeading(String name, boolean unbudgeted, List<BudgetRow> rows, BudgetFigures figures,
                            Map<String, BigDecimal> originalAmounts, SpendingPace pace, Forecast forecast,
                            BudgetFigures roundingDifference) {

    /** The name of the heading that gathers unbudgeted spending. */
    public static final String UNBUDGETED = "Unbudgeted";

    public BudgetHeading {
        rows = List.copyOf(rows);
        originalAmounts = java.util.Collections.unmodifiableMap(new TreeMap<>(originalAmounts));
    }
}

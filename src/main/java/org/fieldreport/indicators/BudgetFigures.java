package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * The money figures of one budget line, heading or total, in the reporting currency's minor unit (see
 * {@link FinanceRounding}); a heading's or the total's are the sums of their lines'.
 * {@code budget} is the project year's approved amount; {@code budgetToDate} is the part of it expected to be spent
 * by the end of the period (the expected pace: pro-rated by days, or by the monthly phasing); {@code periodBudget}
 * the part expected within the period itself; {@code periodActual} what was spent within the period and
 * {@code actual} what was spent from the start of the project year to the end of the period.
 * {@code remaining = budget − actual}; {@code variance = actual − budgetToDate}, so that for a whole year it is
 * actual − budget and a positive variance is overspending.
 */
public record BudgetFigures(BigDecimal budget, BigDecimal budgetToDate, BigDecimal periodBudget,
                            BigDecimal periodActual, BigDecimal actual, BigDecimal remaining, BigDecimal variance) {

    public static final BudgetFigures ZERO = new BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Figures whose remaining and variance follow from the others. */
    public static BudgetFigures of(BigDecimal budget, BigDecimal budgetToDate, BigDecimal periodBudget,
                                   BigDecimal periodActual, BigDecimal actual) {
        return new BudgetFigures(budget, budgetToDate, periodBudget, periodActual, actual, budget.subtract(actual),
                actual.subtract(budgetToDate));
    }

    public BudgetFigures plus(BudgetFigures o) {
        return new BudgetFigures(budget.add(o.budget), budgetToDate.add(o.budgetToDate),
                periodBudget.add(o.periodBudget), periodActual.add(o.periodActual), actual.add(o.actual),
                remaining.add(o.remaining), variance.add(o.variance));
    }

    /** Actual to date as a percentage of the year's budget; null when there is no budget. */
    public BigDecimal spentPercent() {
        return FinanceRounding.percent(actual, budget);
    }

    /** Variance as a percentage of the budget to date; null when nothing was expected to be spent. */
    public BigDecimal variancePercent() {
        return FinanceRounding.percent(variance, budgetToDate);
    }
}

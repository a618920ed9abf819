package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of the project year up to the period's end, for the charts: the budget expected to be spent in it and
 * cumulatively, and the actual spending in it and cumulatively. A month cut by the period's end counts its spending
 * up to that end; months after it are not in the series (the actual is null only in a series made otherwise).
 */
public record MonthlySpending(int monthOfYear, YearMonth month, LocalDate from, LocalDate until,
                              BigDecimal budgetPace, BigDecimal cumulativeBudgetPace, BigDecimal actual,
                              BigDecimal cumulativeActual) {

    public boolean reported() {
        return actual != null;
    }
}

package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldreport.model.ReportingPeriod;

/**
 * Budget against actual for a reporting period within one project year, in the reporting currency's minor unit:
 * the headings with their lines (unbudgeted spending last, under its own heading), the total, the rules applied,
 * the year's progress, burn rate and forecast, the monthly series, the funding status, the sum reconciliation of
 * the money files and every expense as converted (with the expenses that could not be converted, if any).
 * The total is the sum of the headings, as each heading is the sum of its lines.
 */
public record BudgetReport(String projectCode, String currency, ReportingPeriod period, YearProgress progress,
                           FlexibilityRule rule, BigDecimal paceLow, BigDecimal paceHigh, ForecastMethod method,
                           List<BudgetHeading> headings, BudgetFigures total, Map<String, BigDecimal> originalAmounts,
                           SpendingPace pace, Forecast forecast, BurnRate burnRate,
                           List<MonthlySpending> monthly, FundingStatus funding, Reconciliation reconciliation,
                           Conversions expenses) {

    public BudgetReport {
        headings = List.copyOf(headings);
        originalAmounts = java.util.Collections.unmodifiableMap(new TreeMap<>(originalAmounts));
        monthly = List.copyOf(monthly);
    }

    /** Every line, heading by heading. */
    public List<BudgetRow> rows() {
        return headings.stream().flatMap(h -> h.rows().stream()).toList();
    }

    /** The lines that break the flexibility rule and need donor approval. */
    public List<BudgetRow> flagged() {
        return rows().stream().filter(BudgetRow::needsDonorApproval).toList();
    }

    /** The rows of spending on line codes outside the year's budget. */
    public List<BudgetRow> unbudgeted() {
        return rows().stream().filter(BudgetRow::unbudgeted).toList();
    }
}

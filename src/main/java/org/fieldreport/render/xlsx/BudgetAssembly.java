package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.FlexibilityCheck;
import org.fieldreport.model.ReportingPeriod;

/**
 * The Budget sheet's part of the {@link WorkbookView}: the budget report's headings, lines, subtotals and total with
 * their exact figures, lines needing donor approval flagged (an unbudgeted heading as a whole too), and every
 * variance note left empty for finance staff to write.
 *
 * <p>The sheet's formulas compare actual to date with the year's budget (remaining = budget − actual, variance =
 * actual − budget, shares of the budget), so those are the figures handed over. For a whole project year they are
 * the budget report's own; for a shorter period the report's variance is against the budget to date, which the
 * sheet does not show, and the title names the period's last day so the figures read as "year to date".
 */
final class BudgetAssembly {

    private BudgetAssembly() {
    }

    static WorkbookView.Budget budget(BudgetReport report, ReportingPeriod period) {
        if (report == null) {
            WorkbookView.BudgetFigures none = new WorkbookView.BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, null, BigDecimal.ZERO, null);
            return new WorkbookView.Budget("Budget against actual – " + WorkbookAssembly.NO_BUDGET, "", List.of(),
                    none, false);
        }
        List<WorkbookView.BudgetHeading> headings = new ArrayList<>();
        for (BudgetHeading h : report.headings()) {
            List<WorkbookView.BudgetLineRow> lines = new ArrayList<>();
            for (BudgetRow row : h.rows()) {
                lines.add(new WorkbookView.BudgetLineRow(row.lineCode(), row.line(), figures(row.figures()),
                        row.needsDonorApproval(), ""));
            }
            boolean flagged = h.unbudgeted() && h.rows().stream().anyMatch(BudgetRow::needsDonorApproval);
            headings.add(new WorkbookView.BudgetHeading(h.name(), lines, figures(h.figures()), flagged));
        }
        String title = "Budget against actual – Year " + report.progress().year();
        if (!period.end().equals(report.progress().yearEnd())) {
            title += " to " + period.lastDay();
        }
        title += " (" + report.currency() + ")";
        String rule = report.rule().describe() + " " + FlexibilityCheck.FLAG;
        return new WorkbookView.Budget(title, rule, headings, figures(report.total()), false);
    }

    /** The figures the sheet's formulas give, from the budget report's exact year budget and actual to date. */
    static WorkbookView.BudgetFigures figures(BudgetFigures f) {
        BigDecimal variance = f.actual().subtract(f.budget());
        return new WorkbookView.BudgetFigures(f.budget(), f.actual(), f.remaining(),
                WorkbookAssembly.share(f.actual(), f.budget()), variance,
                WorkbookAssembly.share(variance, f.budget()));
    }
}

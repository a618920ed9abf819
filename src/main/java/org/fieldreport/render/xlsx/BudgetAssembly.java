package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.FlexibilityCheck;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.privacy.PublishedBudget;

/**
 * The Budget sheet's part of the {@link WorkbookView}: the budget report's headings, lines, subtotals and total with
 * their exact figures (year budget, budget to date, actual to date, remaining, variance against the budget to date
 * and the shares), the amounts booked per other currency, lines needing donor approval flagged (an unbudgeted
 * heading as a whole too), the variance notes the budget report carries, and the dates its actuals count between.
 */
final class BudgetAssembly {

    private BudgetAssembly() {
    }

    static WorkbookView.Budget budget(PublishedBudget report, ReportingPeriod period) {
        if (report == null) {
            WorkbookView.BudgetFigures none = new WorkbookView.BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, null);
            return new WorkbookView.Budget("Budget against actual – " + WorkbookAssembly.NO_BUDGET, "", List.of(),
                    none, false, null, List.of(), Map.of());
        }
        List<WorkbookView.BudgetHeading> headings = new ArrayList<>();
        for (BudgetHeading h : report.headings()) {
            List<WorkbookView.BudgetLineRow> lines = new ArrayList<>();
            for (BudgetRow row : h.rows()) {
                lines.add(new WorkbookView.BudgetLineRow(row.lineCode(), row.line(), figures(row.figures()),
                        row.needsDonorApproval(), row.varianceNote() == null ? "" : row.varianceNote(),
                        row.originalAmounts()));
            }
            boolean flagged = h.unbudgeted() && h.rows().stream().anyMatch(BudgetRow::needsDonorApproval);
            headings.add(new WorkbookView.BudgetHeading(h.name(), lines, figures(h.figures()), flagged,
                    h.originalAmounts()));
        }
        String title = "Budget against actual – Year " + report.progress().year();
        if (!period.end().equals(report.progress().yearEnd())) {
            title += " to " + period.lastDay();
        }
        title += " (" + report.currency() + ")";
        String rule = report.rule().describe() + " " + FlexibilityCheck.FLAG;
        var counted = new WorkbookView.Counted(report.progress().yearStart(), period.start(), period.lastDay());
        return new WorkbookView.Budget(title, rule, headings, figures(report.total()), false, counted,
                new ArrayList<>(new TreeSet<>(report.originalAmounts().keySet())), report.originalAmounts());
    }

    /** The budget report's figures, with the shares the sheet's formulas give, unrounded. */
    static WorkbookView.BudgetFigures figures(BudgetFigures f) {
        return new WorkbookView.BudgetFigures(f.budget(), f.budgetToDate(), f.periodActual(), f.actual(),
                f.remaining(),
                WorkbookAssembly.share(f.actual(), f.budget()), f.variance(),
                WorkbookAssembly.share(f.variance(), f.budgetToDate()));
    }
}

package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fieldreport.render.xlsx.WorkbookView.About;
import org.fieldreport.render.xlsx.WorkbookView.AttendanceRow;
import org.fieldreport.render.xlsx.WorkbookView.Audience;
import org.fieldreport.render.xlsx.WorkbookView.Budget;
import org.fieldreport.render.xlsx.WorkbookView.BudgetFigures;
import org.fieldreport.render.xlsx.WorkbookView.BudgetHeading;
import org.fieldreport.render.xlsx.WorkbookView.BudgetLineRow;
import org.fieldreport.render.xlsx.WorkbookView.ExpenseRow;
import org.fieldreport.render.xlsx.WorkbookView.Funding;
import org.fieldreport.render.xlsx.WorkbookView.FundingRow;
import org.fieldreport.render.xlsx.WorkbookView.KeyFigure;
import org.fieldreport.render.xlsx.WorkbookView.Kind;
import org.fieldreport.render.xlsx.WorkbookView.Outreach;
import org.fieldreport.render.xlsx.WorkbookView.OutreachMonth;
import org.fieldreport.render.xlsx.WorkbookView.ProblemRow;
import org.fieldreport.render.xlsx.WorkbookView.ResultRow;
import org.fieldreport.render.xlsx.WorkbookView.SourceRow;
import org.fieldreport.render.xlsx.WorkbookView.Summary;

/**
 * A workbook view with one row of every kind and consistent made-up figures, for {@link WorkbookWriter#warmUp}: it
 * takes the writer down every path a real workbook takes (each sheet, styles, formulas and their check, charts,
 * streamed rows) without any project's data.
 */
final class WarmUpView {

    private WarmUpView() {
    }

    static WorkbookView of() {
        BigDecimal hundred = new BigDecimal("100.00");
        BigDecimal fifty = new BigDecimal("50.00");
        BigDecimal half = new BigDecimal("0.5000000000");
        BudgetFigures figures = new BudgetFigures(hundred, hundred, fifty, fifty, half, fifty.negate(),
                half.negate());
        LocalDate day = LocalDate.of(2019, 1, 1);
        YearMonth month = YearMonth.of(2019, 1);
        Summary summary = new Summary("WARM-UP", "Warm-up", "-", "-", "-", "January 2019", "-",
                List.of(new KeyFigure("Nights", Figure.of(1), Kind.COUNT),
                        new KeyFigure("Spent", Figure.of(fifty), Kind.MONEY),
                        new KeyFigure("Spent share", Figure.of(half), Kind.SHARE),
                        new KeyFigure("Children", Figure.suppressed("<5"), Kind.COUNT)),
                List.of("-"));
        return new WorkbookView("USD", new Audience("donor", false, "-"), summary,
                List.of(new ResultRow("Nights", "nights", Figure.of(0), Figure.of(2), Figure.of(1), half, "behind")),
                new Outreach(List.of("A"), List.of(new OutreachMonth(month, List.of(1L), 1, List.of(Figure.of(6)))),
                        List.of(1L), 1),
                List.of(new AttendanceRow(month, "A", "arts", 1, Figure.of(6))),
                new Budget("Budget", "-", List.of(new BudgetHeading("Programme",
                        List.of(new BudgetLineRow("P1", "Line", figures, false, "")), figures, false)),
                        figures, false),
                List.of(new ExpenseRow(day, "P1", "Item", new BigDecimal("205000"), "KHR", new BigDecimal("4100"),
                        day, "row", fifty, "E1")),
                new Funding(List.of(new FundingRow(day, "received", "-", hundred, "USD", "F1")), hundred, hundred,
                        hundred, hundred, BigDecimal.ONE, "-"),
                List.of(new ProblemRow("warning", "warm-up", "data/x.csv", 2, 1, "-")),
                new About(List.of(new SourceRow("data/x.csv", "0".repeat(64), 1, 1, 0)), "-", "-"));
    }
}

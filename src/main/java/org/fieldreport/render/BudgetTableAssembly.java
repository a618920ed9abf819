package org.fieldreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.DonorFunding;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.render.text.FigureText;

/**
 * The report's budget table (headings with their lines and the total, flags and variance
 * notes, and the notes on rounding, variance, the flexibility rule and the forecast) and its funding status. Without
 * a budget (a period spanning two project years) each says why it is empty.
 */
final class BudgetTableAssembly {

    private BudgetTableAssembly() {
    }

    static BudgetTable budget(PublishedBudget budget, String currency) {
        List<String> columns = List.of("Budget for the year", "Budget to date", "Actual in the period",
                "Actual year to date", "Variance against budget to date", "Spent of the year's budget");
        if (budget == null) {
            return new BudgetTable(columns, List.of(), List.of("No budget table: the reporting period spans two"
                    + " project years, and budgets are approved per project year."));
        }
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetHeading h : budget.headings()) {
            rows.add(new BudgetRow(BudgetRow.Kind.HEADING, "", h.name(), figures(h.figures(), currency), "", ""));
            for (org.fieldreport.indicators.BudgetRow line : h.rows()) {
                String flag = line.needsDonorApproval() ? "needs donor approval"
                        : line.unbudgeted() ? "unbudgeted" : "";
                rows.add(new BudgetRow(BudgetRow.Kind.LINE, line.lineCode(), line.line(),
                        figures(line.figures(), currency), flag,
                        line.varianceNote() == null ? "" : line.varianceNote()));
            }
        }
        rows.add(new BudgetRow(BudgetRow.Kind.TOTAL, "", "Total (" + currency + ")", figures(budget.total(), currency),
                "", ""));
        List<String> notes = new ArrayList<>();
        notes.add("Amounts in " + currency + "; each expense in another currency is converted once, at the rate on"
                + " its row, else the month's rate in rates.csv, and rounded half up to the "
                + FinanceRounding.minorUnitName(currency) + ", so lines, subtotals and totals add up exactly."
                + " Spent is actual as a share of the year's budget.");
        notes.add("Variance is actual spending against the budget expected by "
                + ReportAssembly.longDate(budget.period().lastDay()) + " ("
                + ReportPercent.of(budget.progress().elapsedPercent()) + " of the year elapsed).");
        notes.add("Flexibility rule: " + budget.rule().describe() + ".");
        if (budget.forecast() != null) {
            notes.add("Forecast (" + budget.forecast().method().name().toLowerCase(Locale.ROOT) + "): year-end"
                    + " spending " + FigureText.money(budget.forecast().yearEnd(), currency) + ", projected balance "
                    + FigureText.money(budget.forecast().projectedBalance(), currency) + ".");
        }
        return new BudgetTable(columns, rows, notes, budget.rates().stream().map(FigureText::rateInUse).toList());
    }

    private static List<String> figures(BudgetFigures f, String currency) {
        BigDecimal spent = f.spentPercent();
        String variance = FigureText.money(f.variance(), currency);
        if (f.variance().signum() > 0) {
            variance = "+" + variance;
        }
        return List.of(FigureText.money(f.budget(), currency), FigureText.money(f.budgetToDate(), currency),
                FigureText.money(f.periodActual(), currency), FigureText.money(f.actual(), currency), variance,
                ReportPercent.of(spent));
    }

    static FundingView funding(PublishedBudget budget, String currency) {
        if (budget == null) {
            return new FundingView("Funding is reported per project year.", "grey", false, List.of(), List.of());
        }
        FundingStatus f = budget.funding();
        List<LabelledValue> lines = new ArrayList<>();
        lines.add(new LabelledValue("Year " + f.year() + " budget", FigureText.money(f.budget(), currency)));
        lines.add(new LabelledValue("Commitments", FigureText.money(f.commitments(), currency)));
        if (f.receiptsWithoutCommitment().signum() != 0) {
            lines.add(new LabelledValue("Received without a commitment (counted as committed)",
                    FigureText.money(f.receiptsWithoutCommitment(), currency)));
        }
        lines.add(new LabelledValue("Committed", FigureText.money(f.committed(), currency)));
        lines.add(new LabelledValue("Coverage (committed \u00f7 budget)",
                ReportPercent.of(f.coverage())));
        lines.add(new LabelledValue("Received against the commitments (not added to them)",
                FigureText.money(f.receipts(), currency)));
        if (f.pledged().signum() != 0) {
            lines.add(new LabelledValue("Pledged, not yet committed (not counted)", FigureText.money(f.pledged(),
                    currency)));
        }
        List<FundingView.DonorLine> donors = new ArrayList<>();
        for (DonorFunding d : f.donors()) {
            String note = d.commitments().signum() == 0 && d.receipts().signum() != 0 ? "received without a commitment"
                    : d.uncommitted().signum() != 0 ? FigureText.money(d.uncommitted(), currency)
                    + " received beyond the commitments" : d.commitments().signum() == 0 ? "pledged only" : "";
            donors.add(new FundingView.DonorLine(d.donor(), FigureText.money(d.committed(), currency),
                    FigureText.money(d.receipts(), currency), note));
        }
        String tone = switch (f.level()) {
            case FULLY_FUNDED -> "green";
            case PARTLY_FUNDED -> "amber";
            case NOT_FUNDED -> "red";
        };
        return new FundingView(f.headline() + ".", tone, f.isWarning(), lines, donors);
    }
}

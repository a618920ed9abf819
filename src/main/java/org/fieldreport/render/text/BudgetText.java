package org.fieldreport.render.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.BurnRate;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.FlexibilityCheck;
import org.fieldreport.indicators.DonorFunding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.MonthlySpending;
import org.fieldreport.indicators.RateInUse;
import org.fieldreport.indicators.ReconciliationLine;
import org.fieldreport.privacy.ExpenseLine;
import org.fieldreport.privacy.PublishedBudget;

/**
 * The terminal form of {@code fieldreport budget}: the funding headline, the budget-against-actual table (headings
 * with their lines, subtotals and the total, flags on the right), the lines needing donor
 * approval, burn rate and forecast, the funding status, the months, and the reconciliation of the money files.
 */
public final class BudgetText {

    private BudgetText() {
    }

    public static String render(PublishedBudget r) {
        return render(r, Integer.MAX_VALUE);
    }

    /** The columns left out first when the table must fit a terminal: the least needed to read a line's state. */
    private static final List<String> LEFT_OUT_FIRST = List.of("% of year", "variance",
            "variance against budget to date", " booked", "remaining", "budget to date", "expected to date",
            "budget for the period", "period budget", "actual in the period", "period actual");

    /** The same within {@code width} columns where it can be ({@link TextTable#render(int, List)}). */
    public static String render(PublishedBudget r, int width) {
        String cur = r.currency();
        StringBuilder out = new StringBuilder();
        out.append(r.projectCode()).append("  budget against actual, ").append(r.period().label())
                .append(r.period().label().contains("Year " + r.progress().year()) ? ""
                        : " (Year " + r.progress().year() + ")").append('\n');
        out.append(r.funding().headline()).append('\n');
        out.append("Year elapsed at the period's end: ").append(FigureText.percent(r.progress().elapsedPercent()))
                .append(" (").append(r.progress().elapsedDays()).append(" of ").append(r.progress().yearDays())
                .append(" days); amounts in ").append(cur).append(", each expense converted once and rounded half-up to the ")
                .append(FinanceRounding.minorUnitName(cur)).append("\n\n");

        Set<String> others = new TreeSet<>(r.originalAmounts().keySet());
        // the same bases as the PDF, HTML and workbook, for every period
        List<String> header = new ArrayList<>(List.of("line", "budget for the year", "budget to date",
                "budget for the period", "actual in the period", "actual year to date", "remaining", "% spent",
                "% of year", "variance against budget to date", "variance %"));
        for (String c : others) {
            header.add(c + " booked");
        }
        header.add("flags");
        int[] right = new int[header.size() - 2];
        for (int i = 0; i < right.length; i++) {
            right[i] = i + 1;
        }
        TextTable table = new TextTable(header, right);
        String elapsed = FigureText.percent(r.progress().elapsedPercent());
        for (BudgetHeading h : r.headings()) {
            table.row(h.name());
            for (BudgetRow row : h.rows()) {
                table.row(cells("  " + row.lineCode() + " " + row.line(), row.figures(), row.originalAmounts(),
                        others, cur, elapsed, flags(row)));
            }
            table.row(cells("  " + h.name() + " subtotal", h.figures(), h.originalAmounts(), others, cur,
                    elapsed, h.pace().outside() ? "pace: " + h.pace().flag().label() : ""));
        }
        table.rule();
        table.row(cells("Total", r.total(), r.originalAmounts(), others, cur, elapsed,
                r.pace().outside() ? "pace: " + r.pace().flag().label() : ""));
        out.append(table.render(width, LEFT_OUT_FIRST)).append('\n');

        out.append("Flexibility rule: ").append(r.rule().describe()).append(" needs donor approval; pace band ")
                .append(FigureText.ratio(r.paceLow())).append("\u2013").append(FigureText.ratio(r.paceHigh()))
                .append(" of the expected spending to date\n");
        List<BudgetRow> flagged = r.flagged();
        if (flagged.isEmpty()) {
            out.append("No line needs donor approval.\n");
        } else {
            out.append(flagged.size()).append(flagged.size() == 1 ? " line needs" : " lines need")
                    .append(" donor approval:\n");
            for (BudgetRow row : flagged) {
                out.append("  ").append(row.lineCode()).append(' ').append(row.line()).append(": variance ")
                        .append(FigureText.money(row.figures().variance(), cur)).append(" (")
                        .append(row.figures().budget().signum() == 0 ? "no budget"
                                : FigureText.percent(row.flexibility().basePercent()) + " of the "
                                + r.rule().base().name().toLowerCase(java.util.Locale.ROOT) + " budget to date")
                        .append("); variance note: ").append(row.varianceNote().isEmpty()
                                ? "(to be written)" : row.varianceNote()).append('\n');
            }
        }
        for (BudgetRow row : r.unbudgeted()) {
            out.append("warning: ").append(row.warning()).append(" (").append(FigureText.money(
                    row.figures().actual(), cur)).append(" spent)\n");
        }
        out.append('\n');

        BurnRate burn = r.burnRate();
        out.append("Burn rate: ").append(burn.perMonth() == null ? "n/a" : FigureText.money(burn.perMonth(), cur))
                .append(" a month over ").append(FigureText.ratio(burn.elapsedMonths())).append(" months");
        if (burn.affordablePerMonth() != null) {
            out.append("; the remaining budget allows ").append(FigureText.money(burn.affordablePerMonth(), cur))
                    .append(" a month for the remaining ").append(FigureText.ratio(burn.remainingMonths()))
                    .append(" months");
        }
        out.append('\n');
        out.append("Forecast (").append(r.forecast().method().key()).append("): year-end spending ")
                .append(FigureText.money(r.forecast().yearEnd(), cur)).append(", projected balance ")
                .append(FigureText.money(r.forecast().projectedBalance(), cur)).append("\n\n");

        FundingStatus f = r.funding();
        out.append("Funding, Year ").append(f.year()).append(": ").append(f.isWarning() ? "warning: " : "")
                .append(f.statusText()).append('\n');
        TextTable funding = new TextTable(List.of("", cur), 1);
        funding.row("budget", FigureText.money(f.budget(), cur));
        funding.row("commitments", FigureText.money(f.commitments(), cur));
        funding.row("received without a commitment", FigureText.money(f.receiptsWithoutCommitment(), cur));
        funding.row("committed", FigureText.money(f.committed(), cur));
        funding.row("coverage (committed / budget)", FigureText.percent(f.coverage()));
        funding.row("received (against commitments, not added)", FigureText.money(f.receipts(), cur));
        funding.row("pledged (not counted)", FigureText.money(f.pledged(), cur));
        out.append(funding.render()).append('\n');
        if (!f.donors().isEmpty()) {
            TextTable donors = new TextTable(List.of("donor", "pledged", "committed", "received",
                    "without a commitment"), 1, 2, 3, 4);
            for (DonorFunding d : f.donors()) {
                donors.row(d.donor(), FigureText.money(d.pledged(), cur), FigureText.money(d.committed(), cur),
                        FigureText.money(d.receipts(), cur), FigureText.money(d.uncommitted(), cur));
            }
            out.append(donors.render()).append('\n');
        }

        TextTable months = new TextTable(List.of("month", "budget pace", "cumulative", "actual", "cumulative"),
                1, 2, 3, 4);
        for (MonthlySpending m : r.monthly()) {
            months.row(m.month().toString(), FigureText.money(m.budgetPace(), cur),
                    FigureText.money(m.cumulativeBudgetPace(), cur),
                    m.reported() ? FigureText.money(m.actual(), cur) : "",
                    m.reported() ? FigureText.money(m.cumulativeActual(), cur) : "");
        }
        out.append(months.render()).append('\n');

        long converted = r.expenses().convertedAtARate();
        out.append(converted).append(" of ").append(r.expenses().convertedCount()).append(" expenses")
                .append(" booked in another currency and converted to ").append(cur)
                .append(" (row rate first, else the month's rate)").append(r.rates().isEmpty() ? "\n" : ":\n");
        for (RateInUse rate : r.rates()) {
            out.append("  ").append(FigureText.rateInUse(rate)).append('\n');
        }
        if (!r.expenses().unconverted().isEmpty()) {
            out.append(r.expenses().unconverted().size()).append(" expenses could not be converted (no rate):");
            for (ExpenseLine e : r.expenses().unconverted()) {
                out.append(' ').append(e.source());
            }
            out.append('\n');
        }
        out.append("Reconciliation (accepted + excluded = file total):\n");
        for (ReconciliationLine l : r.reconciliation().lines()) {
            out.append("  ").append(l.file()).append(' ').append(l.currency()).append(": ")
                    .append(FigureText.exact(l.accepted())).append(" + ").append(FigureText.exact(l.excluded()))
                    .append(" = ").append(FigureText.exact(l.fileTotal())).append(l.balances() ? "  ok"
                            : "  DOES NOT RECONCILE (difference " + FigureText.exact(l.difference()) + ")");
            if (l.unreadableAmounts() > 0) {
                out.append(" (").append(l.unreadableAmounts()).append(" unreadable amounts not counted)");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String flags(BudgetRow row) {
        List<String> flags = new ArrayList<>();
        if (row.unbudgeted()) {
            flags.add("unbudgeted");
        }
        if (row.needsDonorApproval()) {
            flags.add(FlexibilityCheck.FLAG);
        }
        if (row.pace().outside()) {
            flags.add("pace: " + row.pace().flag().label());
        }
        return String.join("; ", flags);
    }

    private static List<String> cells(String label, BudgetFigures f, java.util.Map<String, BigDecimal> original,
                                      Set<String> others, String cur, String elapsed,
                                      String flags) {
        List<String> c = new ArrayList<>();
        c.add(label);
        c.add(FigureText.money(f.budget(), cur));
        c.add(FigureText.money(f.budgetToDate(), cur));
        c.add(FigureText.money(f.periodBudget(), cur));
        c.add(FigureText.money(f.periodActual(), cur));
        c.add(FigureText.money(f.actual(), cur));
        c.add(FigureText.money(f.remaining(), cur));
        c.add(FigureText.percent(f.spentPercent()));
        c.add(elapsed);
        c.add(FigureText.money(f.variance(), cur));
        c.add(FigureText.percent(f.variancePercent()));
        for (String o : others) {
            BigDecimal a = original.get(o);
            c.add(a == null ? "" : FigureText.money(a, o));
        }
        c.add(flags);
        return c;
    }
}

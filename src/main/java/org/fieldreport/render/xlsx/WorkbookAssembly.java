package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.render.text.FigureText;
import org.fieldreport.indicators.DonorFunding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.model.Measure;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.ExpenseLine;
import org.fieldreport.privacy.FundingLine;
import org.fieldreport.privacy.PublishedActivity;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.privacy.ReportScope;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.ProblemList;
import org.fieldreport.problem.Problems;

/**
 * Maps a {@link PublishedReport} onto the {@link WorkbookView} the workbook is written from. Every count of people
 * is read from its published (suppressed) form: the indicators, children reached on the Outreach sheet and
 * participants on the Attendance sheet. Money is handed over unrounded, and every share the workbook shows beside a
 * live formula is the exact quotient of the figures that formula divides, so the workbook's own check to the cent
 * passes.
 *
 * <p>Without a budget (a period spanning two project years) the Budget and Funding sheets say so and hold no
 * figures; the Expenses sheet lists the period's expenses either way.
 */
public final class WorkbookAssembly {

    /** What the Budget and Funding sheets say when the period spans two project years. */
    public static final String NO_BUDGET = "no budget for a period spanning two project years";

    /** The catalogue indicators the Summary quotes, in order. */
    static final List<String> KEY_INDICATORS = List.of("outreach_nights", "outreach_contacts", "children_attending");

    private WorkbookAssembly() {
    }

    public static WorkbookView from(PublishedReport content) {
        ReportScope scope = content.scope();
        WorkbookView.Audience audience = new WorkbookView.Audience(scope.audience().key(),
                scope.audience().isConfidential(), scope.suppression());
        PublishedBudget budget = content.budget().orElse(null);
        List<WorkbookView.ExpenseRow> expenses = expenses(content);
        return new WorkbookView(WorkbookView.Contents.REPORT, scope.project().currency(), audience, summary(content),
                results(content), outreach(content.activity()), attendance(content.activity()),
                BudgetAssembly.budget(budget, scope.period()), expenses, expensesTotal(budget, expenses),
                funding(budget), problems(content.problems()), rates(expenses), reconciliation(budget),
                about(content.sources(), content.command()));
    }

    /**
     * The finance workbook of {@code fieldreport budget --format xlsx}: budget, the expenses behind it, funding,
     * the rates used and the reconciliation of the money files, for {@code audience} (money counts no one, so
     * nothing is suppressed; internal output is marked CONFIDENTIAL).
     */
    public static WorkbookView finance(PublishedBudget budget, Project project, List<SourceFile> sources,
                                       org.fieldreport.privacy.Audience audience, String command) {
        WorkbookView.Audience who = new WorkbookView.Audience(audience.key(), audience.isConfidential(),
                "money counts no one: nothing is suppressed");
        List<WorkbookView.ExpenseRow> expenses = expenseRows(budget.expenses().oneByOne());
        var period = budget.period();
        WorkbookView.Summary summary = new WorkbookView.Summary(project.code(), project.name(), project.location(),
                project.partner(), project.funder(), period.label(), budget.funding().headline(), List.of(),
                List.of());
        WorkbookView.Outreach noOutreach = new WorkbookView.Outreach(List.of(), List.of(), List.of(), 0);
        return new WorkbookView(WorkbookView.Contents.FINANCE, project.currency(), who, summary, List.of(),
                noOutreach, List.of(), BudgetAssembly.budget(budget, period), expenses,
                expensesTotal(budget, expenses), funding(budget), List.of(), rates(expenses),
                reconciliation(budget), about(sources, command));
    }

    /** The distinct rates the expenses were converted at, in order of first use, with how many used each. */
    static List<WorkbookView.RateRow> rates(List<WorkbookView.ExpenseRow> expenses) {
        record Key(String currency, BigDecimal rate, java.time.LocalDate date, String source, String reads) {
        }
        java.util.Map<Key, Long> counts = new java.util.LinkedHashMap<>();
        for (WorkbookView.ExpenseRow e : expenses) {
            if (e.rate() != null) {
                String reads = e.quote() == null ? "" : FigureText.reads(e.quote(), e.rate());
                counts.merge(new Key(e.originalCurrency(), e.rate().stripTrailingZeros(), e.rateDate(),
                        e.rateSource(), reads), 1L, Long::sum);
            }
        }
        List<WorkbookView.RateRow> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new WorkbookView.RateRow(k.currency(), k.rate(), k.date(), k.source(), n,
                k.reads())));
        return rows;
    }

    private static List<WorkbookView.ReconciliationRow> reconciliation(PublishedBudget budget) {
        if (budget == null) {
            return List.of();
        }
        return budget.reconciliation().lines().stream().map(l -> new WorkbookView.ReconciliationRow(l.file(),
                l.currency(), l.fileTotal(), l.accepted(), l.excluded(), l.difference())).toList();
    }

    private static WorkbookView.Summary summary(PublishedReport content) {
        Project p = content.scope().project();
        var period = content.scope().period();
        PublishedBudget budget = content.budget().orElse(null);
        List<WorkbookView.KeyFigure> keys = new ArrayList<>();
        for (String id : KEY_INDICATORS) {
            content.indicators().stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(i ->
                    keys.add(new WorkbookView.KeyFigure(i.label(), figure(i.value()), WorkbookView.Kind.COUNT)));
        }
        List<String> notes = new ArrayList<>();
        String fundingStatus;
        if (budget == null) {
            fundingStatus = NO_BUDGET;
            notes.add("There is no budget or funding status for a period spanning two project years; report each"
                    + " project year on its own for them.");
        } else {
            fundingStatus = (budget.funding().isWarning() ? "Warning: " : "") + budget.funding().headline();
            BigDecimal actual = budget.total().actual();
            BigDecimal total = budget.total().budget();
            String year = "Year " + budget.progress().year();
            keys.add(new WorkbookView.KeyFigure("Spent (" + year + " to " + period.lastDay() + ")",
                    Figure.of(actual), WorkbookView.Kind.MONEY));
            keys.add(new WorkbookView.KeyFigure("Budget (" + year + ")", Figure.of(total), WorkbookView.Kind.MONEY));
            keys.add(new WorkbookView.KeyFigure("Share of the budget spent",
                    Figure.of(share(actual, total)), WorkbookView.Kind.SHARE));
            if (!period.start().equals(budget.progress().yearStart())) {
                notes.add("The Budget sheet counts spending from the start of " + year + " ("
                        + budget.progress().yearStart() + ") to " + period.lastDay()
                        + "; the Expenses sheet lists every expense of those dates, and the Budget sheet's actual in"
                        + " the period sums those from " + period.start() + ".");
            }
        }
        int unconverted = content.unconvertedExpenses();
        if (unconverted > 0) {
            notes.add(unconverted + (unconverted == 1 ? " expense" : " expenses") + " of the period could not be"
                    + " converted (no exchange rate) and " + (unconverted == 1 ? "is" : "are")
                    + " not on the Expenses sheet.");
        }
        if (content.problems().notKept() > 0) {
            notes.add(content.problems().notKept() + " further data-quality problems were counted but not listed"
                    + " (at most " + Problems.KEPT_PER_FILE + " per file are kept).");
        }
        if (content.activity().participantsWithheld()) {
            notes.add("Participants per month, site and activity (Attendance sheet) are shown in internal output only;"
                    + " here they are marked [c].");
        }
        return new WorkbookView.Summary(p.code(), p.name(), p.location(), p.partner(), p.funder(),
                period.label(), fundingStatus, keys, notes);
    }

    private static List<WorkbookView.ResultRow> results(PublishedReport content) {
        List<WorkbookView.ResultRow> rows = new ArrayList<>();
        for (PublishedIndicator i : content.indicators()) {
            Figure actual = figure(i.value());
            String unit = i.unit();
            if (i.declaration().measure() == Measure.FINANCE && i.value().isPresent()) {
                // Money figures are shown to the cent in the reporting currency, like the Budget sheet.
                String currency = content.scope().project().currency();
                actual = Figure.of(FinanceRounding.display(i.value().value(), currency));
                unit = currency;
            }
            BigDecimal achieved = null;
            if (i.value().isPresent() && i.achieved().isPresent() && i.target() != null) {
                achieved = achievedShare(i.value().value(), i.target(), i.baseline());
            }
            org.fieldreport.render.Status status = org.fieldreport.render.Status.of(i);
            rows.add(new WorkbookView.ResultRow(i.id(), i.label(), unit, Figure.of(i.baseline()), Figure.of(i.target()),
                    actual, achieved, status.label(), WorkbookView.Tone.valueOf(status.tone().name())));
        }
        return rows;
    }

    /**
     * The engine's % achieved as an unrounded share of the figures shown: value ÷ target, or (value − baseline) ÷
     * (target − baseline) with a baseline; null when there is nothing to divide by.
     */
    static BigDecimal achievedShare(BigDecimal value, BigDecimal target, BigDecimal baseline) {
        BigDecimal gain = baseline == null ? value : value.subtract(baseline);
        BigDecimal span = baseline == null ? target : target.subtract(baseline);
        return share(gain, span);
    }

    private static WorkbookView.Outreach outreach(PublishedActivity activity) {
        List<WorkbookView.OutreachMonth> months = new ArrayList<>();
        for (PublishedActivity.OutreachMonth month : activity.outreach()) {
            months.add(new WorkbookView.OutreachMonth(month.month(), month.nights(), month.totalNights(),
                    month.childrenReached().stream().map(WorkbookAssembly::figure).toList()));
        }
        return new WorkbookView.Outreach(activity.areas(), months, activity.nightsPerArea(),
                activity.nightsPerMonth().total());
    }

    private static List<WorkbookView.AttendanceRow> attendance(PublishedActivity activity) {
        List<WorkbookView.AttendanceRow> rows = new ArrayList<>();
        for (PublishedActivity.ActivityMonth a : activity.activities()) {
            rows.add(new WorkbookView.AttendanceRow(a.month(), a.site(), a.activity(), a.sessions(),
                    figure(a.participants())));
        }
        return rows;
    }

    /**
     * Every converted expense the Budget sheet's actuals sum (from the start of the project year to the end of the
     * period); without a budget, those dated within the period.
     */
    private static List<WorkbookView.ExpenseRow> expenses(PublishedReport content) {
        Iterable<ExpenseLine> lines = content.budget().isPresent()
                ? content.budget().get().expenses().oneByOne() : content.expenses();
        return expenseRows(lines);
    }

    /**
     * The total of the Expenses sheet: the budget's actual to date, which sums the same expenses; without a budget,
     * the sum of the listed amounts (each already in the reporting currency's minor unit).
     */
    static BigDecimal expensesTotal(PublishedBudget budget, List<WorkbookView.ExpenseRow> rows) {
        if (budget != null) {
            return budget.total().actual();
        }
        return rows.stream().map(WorkbookView.ExpenseRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The rows of the Expenses sheet, the rate source in words. */
    static List<WorkbookView.ExpenseRow> expenseRows(Iterable<ExpenseLine> lines) {
        List<WorkbookView.ExpenseRow> rows = new ArrayList<>();
        for (ExpenseLine e : lines) {
            rows.add(new WorkbookView.ExpenseRow(e.date(), e.lineCode(), e.description(), e.amount(), e.currency(),
                    e.rate(), e.rateDate(), rateSource(e.rateSource()), e.convertedAmount(), e.reference(),
                    e.quote()));
        }
        return rows;
    }

    /** The engine names a rate taken from the expense's own fx_rate column "row"; the sheet says so in words. */
    static String rateSource(String source) {
        return org.fieldreport.indicators.CurrencyConversion.ROW_SOURCE.equals(source) ? "fx_rate on the expense row" : source;
    }

    private static WorkbookView.Funding funding(PublishedBudget budget) {
        if (budget == null) {
            return new WorkbookView.Funding(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, NO_BUDGET, false, List.of());
        }
        FundingStatus f = budget.funding();
        List<WorkbookView.FundingRow> rows = new ArrayList<>();
        for (FundingLine e : budget.fundingEntries()) {
            rows.add(new WorkbookView.FundingRow(e.date(), e.kind().name().toLowerCase(Locale.ROOT), e.donor(),
                    e.amount(), e.currency(), e.reference()));
        }
        List<WorkbookView.DonorRow> donors = new ArrayList<>();
        for (DonorFunding d : f.donors()) {
            donors.add(new WorkbookView.DonorRow(d.donor(), d.pledged(), d.commitments(), d.receipts(),
                    d.uncommitted()));
        }
        return new WorkbookView.Funding(rows, f.pledged(), f.commitments(), f.receiptsWithoutCommitment(),
                f.committed(), f.receipts(), f.budget(), share(f.committed(), f.budget()),
                (f.isWarning() ? "Warning: " : "") + f.statusText(), f.isWarning(), donors);
    }

    private static List<WorkbookView.ProblemRow> problems(ProblemList problems) {
        List<WorkbookView.ProblemRow> rows = new ArrayList<>();
        for (Problem p : problems.all()) {
            String message = p.hint() == null ? p.message() : p.message() + "; " + p.hint();
            rows.add(new WorkbookView.ProblemRow(p.severity().label(), p.code(), p.source().file(),
                    p.source().line(), p.source().column(), message));
        }
        return rows;
    }

    private static WorkbookView.About about(List<SourceFile> files, String command) {
        List<WorkbookView.SourceRow> sources = new ArrayList<>();
        for (SourceFile s : files) {
            String sha = s.present() ? s.sha256() : "(file absent)";
            sources.add(new WorkbookView.SourceRow(s.file(), sha, s.rowsRead(), s.accepted(), s.excluded()));
        }
        return new WorkbookView.About(sources, command, toolVersion());
    }

    /** The jar's implementation version, or "development build" when run from classes. */
    static String toolVersion() {
        String v = WorkbookAssembly.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** A published figure as a cell shows it. */
    static Figure figure(PublishedFigure f) {
        if (f.isSuppressed()) {
            return Figure.suppressed(f.mark());
        }
        return Figure.of(f.value());
    }

    /** {@code part ÷ whole} as an unrounded share, or null when {@code whole} is zero. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : FinanceRounding.divide(part, whole);
    }
}

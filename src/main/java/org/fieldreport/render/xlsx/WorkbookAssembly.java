package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.Conversions;
import org.fieldreport.indicators.ConvertedExpense;
import org.fieldreport.indicators.CurrencyConversion;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedGrid;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.SuppressionPolicy;
import org.fieldreport.privacy.SuppressionRule;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.fieldreport.render.ReportContent;

/**
 * Maps a report's {@link ReportContent} onto the {@link WorkbookView} the workbook is written from. Indicator
 * figures are read only from their published (suppressed) form; counts of people on the Outreach and Attendance
 * sheets get the audience's rule for plain counts of people. Money is handed over unrounded, and every share the
 * workbook shows beside a live formula is the exact quotient of the figures that formula divides, so the
 * workbook's own check to the cent passes.
 *
 * <p>Without a budget report (a period spanning two project years) the Budget and Funding sheets say so and hold
 * no figures, and the expenses of the period are converted as the engine converts them.
 */
public final class WorkbookAssembly {

    /** What the Budget and Funding sheets say when the period spans two project years. */
    public static final String NO_BUDGET = "no budget for a period spanning two project years";

    /** The catalogue indicators the Summary quotes, in order. */
    static final List<String> KEY_INDICATORS = List.of("outreach_nights", "outreach_contacts", "children_attending");

    private WorkbookAssembly() {
    }

    public static WorkbookView from(ReportContent content) {
        Project project = content.data().project();
        SuppressionPolicy policy = content.policy();
        WorkbookView.Audience audience = new WorkbookView.Audience(policy.audience().key(),
                policy.audience().isConfidential(), policy.describe());
        BudgetReport budget = content.budget();
        List<WorkbookView.ExpenseRow> expenses = new ArrayList<>();
        int unconverted = expenses(content, expenses);
        return new WorkbookView(project.currency(), audience, summary(content, unconverted), results(content),
                outreach(content.monthly(), policy, content.indicators()), attendance(content.monthly(), policy),
                BudgetAssembly.budget(budget, content.period()), expenses, funding(content.data(), budget),
                problems(content.problems()), about(content));
    }

    private static WorkbookView.Summary summary(ReportContent content, int unconverted) {
        Project p = content.data().project();
        BudgetReport budget = content.budget();
        List<WorkbookView.KeyFigure> keys = new ArrayList<>();
        for (String id : KEY_INDICATORS) {
            content.indicators().stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(i ->
                    keys.add(new WorkbookView.KeyFigure(i.result().label(), figure(i.value()),
                            WorkbookView.Kind.COUNT)));
        }
        List<String> notes = new ArrayList<>();
        String fundingStatus;
        if (budget == null) {
            fundingStatus = NO_BUDGET;
            notes.add("There is no budget or funding status for a period spanning two project years; report each"
                    + " project year on its own for them.");
        } else {
            fundingStatus = budget.funding().headline();
            BigDecimal actual = budget.total().actual();
            BigDecimal total = budget.total().budget();
            String year = "Year " + budget.progress().year();
            keys.add(new WorkbookView.KeyFigure("Spent (" + year + " to " + content.period().lastDay() + ")",
                    Figure.of(actual), WorkbookView.Kind.MONEY));
            keys.add(new WorkbookView.KeyFigure("Budget (" + year + ")", Figure.of(total), WorkbookView.Kind.MONEY));
            keys.add(new WorkbookView.KeyFigure("Share of the budget spent",
                    Figure.of(share(actual, total)), WorkbookView.Kind.SHARE));
            if (!content.period().start().equals(budget.progress().yearStart())) {
                notes.add("The Budget sheet counts spending from the start of " + year + " ("
                        + budget.progress().yearStart() + ") to " + content.period().lastDay()
                        + "; the Expenses sheet lists the expenses of the period only.");
            }
        }
        if (unconverted > 0) {
            notes.add(unconverted + (unconverted == 1 ? " expense" : " expenses") + " of the period could not be"
                    + " converted (no exchange rate) and " + (unconverted == 1 ? "is" : "are")
                    + " not on the Expenses sheet.");
        }
        if (content.problems().notKept() > 0) {
            notes.add(content.problems().notKept() + " further data-quality problems were counted but not listed"
                    + " (at most " + Problems.KEPT_PER_FILE + " per file are kept).");
        }
        if (content.policy().rule(true, false).suppressesAnything()) {
            notes.add("Participants per month, site and activity (Attendance sheet) are shown in internal output only;"
                    + " here they are marked [c].");
        }
        return new WorkbookView.Summary(p.code(), p.name(), p.location(), p.partner(), p.funder(),
                content.period().label(), fundingStatus, keys, notes);
    }

    private static List<WorkbookView.ResultRow> results(ReportContent content) {
        List<WorkbookView.ResultRow> rows = new ArrayList<>();
        for (PublishedIndicator i : content.indicators()) {
            IndicatorResult r = i.result();
            Figure actual = figure(i.value());
            String unit = r.unit();
            if (r.declaration().measure() == org.fieldreport.model.Measure.FINANCE && i.value().isPresent()) {
                // Money figures are shown to the cent in the reporting currency, like the Budget sheet.
                String currency = content.data().project().currency();
                actual = Figure.of(org.fieldreport.indicators.FinanceRounding.display(i.value().value(), currency));
                unit = currency;
            }
            BigDecimal achieved = null;
            if (i.value().isPresent() && i.achieved().isPresent() && r.target() != null) {
                achieved = achievedShare(i.value().value(), r.target(), r.baseline());
            }
            String status = i.statusWithheld() ? "withheld" : r.status().word();
            rows.add(new WorkbookView.ResultRow(r.label(), unit, Figure.of(r.baseline()), Figure.of(r.target()),
                    actual, achieved, status));
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

    private static WorkbookView.Outreach outreach(MonthlyActivity monthly, SuppressionPolicy policy,
                                                  List<PublishedIndicator> indicators) {
        List<String> areas = monthly.areas();
        List<List<Figure>> children = indicators.stream().map(PublishedIndicator::grid)
                .filter(g -> g != null && g.rows().size() == monthly.months().size()).findFirst()
                .map(WorkbookAssembly::figures)
                .orElseGet(() -> ChildrenReachedGrid.of(monthly, policy.rule(true, false)));
        long[] perArea = new long[areas.size()];
        long all = 0;
        List<WorkbookView.OutreachMonth> months = new ArrayList<>();
        for (int m = 0; m < monthly.months().size(); m++) {
            var month = monthly.months().get(m);
            List<Long> nights = new ArrayList<>();
            long monthNights = 0;
            for (int a = 0; a < areas.size(); a++) {
                String area = areas.get(a);
                long n = monthly.outreach().stream()
                        .filter(o -> o.month().equals(month) && o.area().equals(area))
                        .mapToLong(MonthlyActivity.OutreachMonth::nights).sum();
                nights.add(n);
                monthNights += n;
                perArea[a] += n;
            }
            all += monthNights;
            months.add(new WorkbookView.OutreachMonth(month, nights, monthNights, children.get(m)));
        }
        List<Long> nightsPerArea = new ArrayList<>();
        for (long n : perArea) {
            nightsPerArea.add(n);
        }
        return new WorkbookView.Outreach(areas, months, nightsPerArea, all);
    }

    /** The grid suppressed with its indicator, as workbook figures. */
    private static List<List<Figure>> figures(PublishedGrid grid) {
        List<List<Figure>> rows = new ArrayList<>();
        for (List<PublishedFigure> row : grid.cells()) {
            List<Figure> figures = new ArrayList<>();
            for (PublishedFigure f : row) {
                figures.add(f.isSuppressed() ? Figure.suppressed(f.mark()) : Figure.of(f.value()));
            }
            rows.add(figures);
        }
        return rows;
    }

    private static List<WorkbookView.AttendanceRow> attendance(MonthlyActivity monthly, SuppressionPolicy policy) {
        SuppressionRule rule = policy.rule(true, false);
        List<WorkbookView.AttendanceRow> rows = new ArrayList<>();
        for (MonthlyActivity.AttendanceMonth a : monthly.attendance()) {
            // Outside internal output, participants per month, site and activity are withheld: beside the report's
            // own breakdowns (children per site, per activity) they could give a hidden small count away, and some
            // activities (counselling) are sensitive.
            Figure participants = !rule.suppressesAnything() ? Figure.of(a.participants())
                    : Figure.suppressed(org.fieldreport.privacy.CellState.SECONDARY_TEXT);
            rows.add(new WorkbookView.AttendanceRow(a.month(), a.site(), a.activity(), a.sessions(), participants));
        }
        return rows;
    }

    /**
     * Fills {@code rows} with every converted expense dated within the period, as the budget report converted it
     * (or, without one, as the engine converts it); returns how many of the period's expenses had no rate.
     */
    private static int expenses(ReportContent content, List<WorkbookView.ExpenseRow> rows) {
        ReportingPeriod period = content.period();
        Conversions conversions;
        if (content.budget() != null) {
            conversions = content.budget().expenses();
        } else {
            Project p = content.data().project();
            List<Expense> within = content.data().expenses().stream().filter(e -> period.contains(e.date())).toList();
            conversions = new CurrencyConversion(p.currency(), p.exchangeRates().policy(), content.data().rates())
                    .convertAll(within);
        }
        for (ConvertedExpense c : conversions.converted()) {
            Expense e = c.expense();
            if (period.contains(e.date())) {
                rows.add(new WorkbookView.ExpenseRow(e.date(), e.lineCode(), e.description(), e.amount().amount(),
                        e.amount().currency(), c.rate(), c.rateDate(), c.rateSource(), c.amount().amount(),
                        e.reference()));
            }
        }
        return (int) conversions.unconverted().stream().filter(e -> period.contains(e.date())).count();
    }

    private static WorkbookView.Funding funding(ProjectData data, BudgetReport budget) {
        if (budget == null) {
            return new WorkbookView.Funding(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, null, NO_BUDGET);
        }
        FundingStatus f = budget.funding();
        List<WorkbookView.FundingRow> rows = new ArrayList<>();
        for (FundingEntry e : data.funding()) {
            if (e.year() == f.year()) {
                rows.add(new WorkbookView.FundingRow(e.date(), e.kind().name().toLowerCase(Locale.ROOT), e.donor(),
                        e.amount().amount(), e.amount().currency(), e.reference()));
            }
        }
        return new WorkbookView.Funding(rows, f.pledged(), f.committed(), f.receipts(), f.budget(),
                share(f.committed(), f.budget()), f.statusText());
    }

    private static List<WorkbookView.ProblemRow> problems(Problems problems) {
        List<WorkbookView.ProblemRow> rows = new ArrayList<>();
        for (Problem p : problems.all()) {
            String message = p.hint() == null ? p.message() : p.message() + "; " + p.hint();
            rows.add(new WorkbookView.ProblemRow(p.severity().label(), p.code(), p.source().file(),
                    p.source().line(), p.source().column(), message));
        }
        return rows;
    }

    private static WorkbookView.About about(ReportContent content) {
        List<WorkbookView.SourceRow> sources = new ArrayList<>();
        for (SourceFile s : content.data().sources()) {
            String sha = s.present() ? s.sha256() : "(file absent)";
            sources.add(new WorkbookView.SourceRow(s.file(), sha, s.rowsRead(), s.accepted(), s.excluded()));
        }
        return new WorkbookView.About(sources, content.command(), toolVersion());
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

package org.fieldreport.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.indicators.MonthlySpending;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedBreakdown;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.SuppressionRule;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.text.FigureText;
import org.fieldreport.render.text.Figures;

/**
 * Lays the computed content of a report out as the donor report's view (header, results table, charts, budget,
 * funding, provenance) for the PDF and HTML renderers. Formats figures and nothing more: every number comes from the
 * engines, already suppressed for the audience.
 */
public final class ReportAssembly {

    /** How many problems the appendix lists before pointing to {@code fieldreport validate}. */
    static final int PROBLEMS_LISTED = 40;

    /** Breakdowns shown inline in the results table, in this order of preference. */
    private static final List<String> INLINE = List.of("site", "area", "sex");

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReportContent content;
    private final Project project;
    private final String currency;

    private ReportAssembly(ReportContent content) {
        this.content = content;
        this.project = content.data().project();
        this.currency = project.currency();
    }

    public static ReportView view(ReportContent content) {
        return new ReportAssembly(content).view();
    }

    /** The figures narrative may quote by indicator id, as the results table shows them. */
    public static Map<String, String> narrativeFigures(List<PublishedIndicator> indicators, String currency) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (PublishedIndicator p : indicators) {
            figures.put(p.id(), text(p.value(), p.result().declaration(), currency));
        }
        return figures;
    }

    private ReportView view() {
        BudgetReport budget = content.budget();
        String budgetLine = budget == null ? "" : budget.funding().headline();
        ReportHeader header = new ReportHeader("Project Report", project.name(), project.shortName(), project.code(),
                project.location(), content.period().label(), budgetLine, project.partner(), project.funder());
        String confidentiality = content.policy().audience().marking().orElse("");
        Marking marking = new Marking(content.policy().audience().label(), confidentiality,
                "Reporting Period: " + content.period().label(), suppressionNote());
        return new ReportView("en", header, content.narrative(), results(), charts(), budgetTable(), funding(),
                provenance(), marking);
    }

    private String suppressionNote() {
        boolean any = content.indicators().stream().anyMatch(PublishedIndicator::anySuppressed);
        String rule = "Privacy: " + content.policy().describe() + ".";
        return any ? rule + " " + content.policy().legend() + "." : rule;
    }

    // ---- results ---------------------------------------------------------------------------------------------

    private ResultsTable results() {
        List<ResultRow> rows = new ArrayList<>();
        boolean prorated = false;
        for (PublishedIndicator p : content.indicators()) {
            var r = p.result();
            IndicatorDeclaration d = r.declaration();
            prorated |= r.targetProrated();
            String target = r.target() == null ? "" : number(r.target(), d) + (r.targetProrated() ? "*" : "");
            String achieved = p.achieved().isSuppressed() ? p.achieved().mark()
                    : p.achieved().isPresent() ? p.achieved().value().setScale(1, RoundingMode.HALF_UP) + "%" : "";
            rows.add(new ResultRow(section(d), d.id(), d.label(), d.baseline() == null ? "" : number(d.baseline(), d),
                    target, r.available() ? figure(p.value(), d) : "n/a", achieved, status(p),
                    p.numerator().isPresent() || p.numerator().isSuppressed() ? figure(p.numerator(), d) : "",
                    p.denominator().isPresent() || p.denominator().isSuppressed()
                            ? figure(p.denominator(), d) + (r.denominatorUnit() == null ? "" : " " + r.denominatorUnit())
                            : "",
                    inline(p), needsNote(p), ""));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Achieved is the actual value as a share of the target (or of the change from the baseline),"
                + " rounded half up to one decimal; green at 90 % or more, amber from 70 %, red below.");
        if (prorated) {
            notes.add("* The yearly target is pro-rated by days to the reporting period.");
        }
        if (!r(content.indicators()).isEmpty()) {
            notes.add("Ratios show their numerator and denominator beside them.");
        }
        return new ResultsTable(rows, notes);
    }

    private static List<PublishedIndicator> r(List<PublishedIndicator> all) {
        return all.stream().filter(p -> p.result().isRatio()).toList();
    }

    private static String section(IndicatorDeclaration d) {
        return d.section() == null ? "" : d.section();
    }

    private static boolean needsNote(PublishedIndicator p) {
        if (p.statusWithheld()) {
            return false;
        }
        var s = p.result().status();
        return s == org.fieldreport.indicators.Status.AMBER || s == org.fieldreport.indicators.Status.RED;
    }

    private static Status status(PublishedIndicator p) {
        if (!p.result().available()) {
            return new Status(Status.Tone.GREY, "Not available");
        }
        if (p.statusWithheld()) {
            return new Status(Status.Tone.GREY, "Withheld: small number");
        }
        return switch (p.result().status()) {
            case GREEN -> new Status(Status.Tone.GREEN, "On track");
            case AMBER -> new Status(Status.Tone.AMBER, "Behind target");
            case RED -> new Status(Status.Tone.RED, "Off track");
            case NONE -> new Status(Status.Tone.GREY, "No target");
        };
    }

    private String inline(PublishedIndicator p) {
        if (p.breakdownsWithheld() != null) {
            return p.breakdownsWithheld().startsWith("sensitive") ? "Breakdown withheld: sensitive"
                    : "Breakdown withheld: groups too small";
        }
        List<String> parts = new ArrayList<>();
        for (String dimension : INLINE) {
            for (PublishedBreakdown b : p.breakdowns()) {
                if (!b.dimension().equals(dimension)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (PublishedBreakdown.Cell c : b.cells()) {
                    if (c.figure().isPresent() && c.figure().value().signum() == 0) {
                        continue;
                    }
                    cells.add(cellLabel(dimension, c.label()) + " " + figure(c.figure(), p.result().declaration()));
                }
                if (cells.size() > 1) {
                    parts.add(String.join(" · ", cells));
                }
            }
        }
        return String.join(" · ", parts);
    }

    private static String cellLabel(String dimension, String label) {
        if (dimension.equals("sex")) {
            return switch (label) {
                case "F" -> "girls";
                case "M" -> "boys";
                default -> "other";
            };
        }
        return label;
    }

    private String figure(PublishedFigure f, IndicatorDeclaration d) {
        return text(f, d, currency);
    }

    private String number(BigDecimal value, IndicatorDeclaration d) {
        return text(PublishedFigure.shown(value), d, currency);
    }

    /** A published figure as people read it: its mark, money to the cent, or an exact grouped number. */
    private static String text(PublishedFigure f, IndicatorDeclaration d, String currency) {
        if (f.isSuppressed()) {
            return f.mark();
        }
        if (!f.isPresent()) {
            return "–";
        }
        return d.measure() == org.fieldreport.model.Measure.FINANCE ? FigureText.money(f.value(), currency)
                : Figures.of(f.value());
    }

    // ---- charts ----------------------------------------------------------------------------------------------

    private List<ChartView> charts() {
        List<ChartView> charts = new ArrayList<>();
        MonthlyActivity monthly = content.monthly();
        if (!monthly.months().isEmpty()) {
            charts.add(outreachChart(monthly));
            charts.add(attendanceChart(monthly));
        }
        BudgetReport budget = content.budget();
        if (budget != null) {
            charts.add(budgetChart(budget));
            charts.add(paceChart(budget));
        }
        return charts;
    }

    private ChartView outreachChart(MonthlyActivity monthly) {
        List<ChartPoint> points = new ArrayList<>();
        long total = 0;
        long least = Long.MAX_VALUE;
        long most = 0;
        for (YearMonth m : monthly.months()) {
            long nights = monthly.outreach().stream().filter(o -> o.month().equals(m))
                    .mapToLong(MonthlyActivity.OutreachMonth::nights).sum();
            points.add(new ChartPoint(month(m), BigDecimal.valueOf(nights)));
            total += nights;
            least = Math.min(least, nights);
            most = Math.max(most, nights);
        }
        Optional<BigDecimal> perWeek = weeklyOutreachTarget();
        Optional<TargetLine> target = perWeek.map(t -> new TargetLine("Target: " + Figures.of(t) + " a week",
                t.multiply(new BigDecimal("30.4375")).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP)));
        String caption = "Outreach nights per month, " + content.period().label()
                + target.map(t -> ", against the target of " + Figures.of(perWeek.get()) + " nights a week (about "
                        + t.value().toPlainString() + " a month)").orElse("") + ".";
        String alt = "Bar chart: outreach nights per month ranged from " + least + " to " + most + "; " + total
                + " nights in the period.";
        return new ChartView("outreach-nights", "Outreach nights per month", caption, alt, ChartKind.BAR, "Nights",
                List.of(new ChartSeries("Outreach nights", points)), target);
    }

    /** The weekly target of the first outreach-nights-per-week indicator declared, if any. */
    private Optional<BigDecimal> weeklyOutreachTarget() {
        return content.indicators().stream().map(PublishedIndicator::result)
                .filter(r -> "weeks".equals(r.declaration().denominator()))
                .filter(r -> r.declaration().target() != null)
                .map(r -> r.declaration().target()).findFirst();
    }

    private ChartView attendanceChart(MonthlyActivity monthly) {
        SuppressionRule rule = content.policy().rule(true, false);
        List<ChartSeries> series = new ArrayList<>();
        boolean hidden = false;
        long total = 0;
        for (String site : project.sites()) {
            List<ChartPoint> points = new ArrayList<>();
            for (YearMonth m : monthly.months()) {
                long attendances = monthly.attendance().stream()
                        .filter(a -> a.month().equals(m) && a.site().equals(site))
                        .mapToLong(MonthlyActivity.AttendanceMonth::attendances).sum();
                if (rule.hides(attendances)) {
                    hidden = true;
                    attendances = 0;
                }
                total += attendances;
                points.add(new ChartPoint(month(m), BigDecimal.valueOf(attendances)));
            }
            series.add(new ChartSeries(site, points));
        }
        String caption = "Attendances at every activity per month, by site (one child at one session is one"
                + " attendance)." + (hidden ? " Months with fewer than " + rule.threshold()
                + " attendances at a site are drawn as 0 to protect the children." : "");
        String alt = "Stacked bar chart of attendances per month by site ("
                + String.join(", ", project.sites()) + "); " + Figures.of(BigDecimal.valueOf(total))
                + " attendances in the period" + (hidden ? " in the months shown" : "") + ".";
        return new ChartView("attendance-by-site", "Attendance per month by site", caption, alt, ChartKind.STACKED,
                "Attendances", series, Optional.empty());
    }

    private ChartView budgetChart(BudgetReport budget) {
        List<ChartPoint> planned = new ArrayList<>();
        List<ChartPoint> spent = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (BudgetHeading h : budget.headings()) {
            planned.add(new ChartPoint(h.name(), display(h.figures().budget())));
            spent.add(new ChartPoint(h.name(), display(h.figures().actual())));
            words.add(h.name() + " " + FigureText.money(h.figures().actual(), currency) + " of "
                    + FigureText.money(h.figures().budget(), currency));
        }
        return new ChartView("budget-by-heading", "Budget against actual by heading",
                "Year " + budget.progress().year() + " budget and actual spending to " + longDate(budget.period()
                        .lastDay()) + " by heading, in " + currency + ".",
                "Bar chart, spent against budget by heading: " + String.join("; ", words) + ".",
                ChartKind.BAR, currency, List.of(new ChartSeries("Budget", planned), new ChartSeries("Actual", spent)),
                Optional.empty());
    }

    private ChartView paceChart(BudgetReport budget) {
        List<ChartPoint> actual = new ArrayList<>();
        List<ChartPoint> pace = new ArrayList<>();
        for (MonthlySpending m : budget.monthly()) {
            pace.add(new ChartPoint(month(m.month()), display(m.cumulativeBudgetPace())));
            if (m.reported()) {
                actual.add(new ChartPoint(month(m.month()), display(m.cumulativeActual())));
            }
        }
        BigDecimal spentPercent = budget.total().spentPercent();
        return new ChartView("cumulative-spending", "Cumulative spending against the expected pace",
                "Cumulative spending per month against the expected pace through the Year "
                        + budget.progress().year() + " budget of " + FigureText.money(budget.total().budget(),
                        currency) + " " + currency + ".",
                "Line chart: spending reached " + FigureText.money(budget.total().actual(), currency) + " " + currency
                        + (spentPercent == null ? "" : ", " + FigureText.percent(spentPercent) + " of the budget,")
                        + " by " + longDate(budget.period().lastDay()) + ".",
                ChartKind.LINE, currency, List.of(new ChartSeries("Spent", actual),
                        new ChartSeries("Expected pace", pace)), Optional.empty());
    }

    private BigDecimal display(BigDecimal amount) {
        return FinanceRounding.display(amount, currency);
    }

    private static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    private static String longDate(java.time.LocalDate date) {
        return date.format(LONG_DATE);
    }

    // ---- budget and funding ----------------------------------------------------------------------------------

    private BudgetTable budgetTable() {
        BudgetReport budget = content.budget();
        List<String> columns = List.of("Budget", "Actual", "Variance", "Spent");
        if (budget == null) {
            return new BudgetTable(columns, List.of(), List.of("No budget table: the reporting period spans two"
                    + " project years, and budgets are approved per project year."));
        }
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetHeading h : budget.headings()) {
            rows.add(new BudgetRow(BudgetRow.Kind.HEADING, "", h.name(), figures(h.figures()),
                    "", ""));
            for (org.fieldreport.indicators.BudgetRow line : h.rows()) {
                String flag = line.needsDonorApproval() ? "needs donor approval"
                        : line.unbudgeted() ? "unbudgeted" : "";
                rows.add(new BudgetRow(BudgetRow.Kind.LINE, line.lineCode(), line.line(), figures(line.figures()),
                        flag, line.varianceNote() == null ? "" : line.varianceNote()));
            }
            if (h.roundingDifference() != null && !h.roundingDifference().isZero()) {
                rows.add(new BudgetRow(BudgetRow.Kind.LINE, "", "rounding difference",
                        figures(h.roundingDifference()), "", ""));
            }
        }
        if (budget.roundingDifference() != null && !budget.roundingDifference().isZero()) {
            rows.add(new BudgetRow(BudgetRow.Kind.LINE, "", "rounding difference between headings",
                    figures(budget.roundingDifference()), "", ""));
        }
        rows.add(new BudgetRow(BudgetRow.Kind.TOTAL, "", "Total (" + currency + ")", figures(budget.total()), "",
                ""));
        List<String> notes = new ArrayList<>();
        notes.add("Amounts in " + currency + ", rounded half up to the cent once for display; expenses in other"
                + " currencies are converted at the rate on their row, else the month's rate in rates.csv."
                + " Spent is actual as a share of the year's budget.");
        notes.add("Variance is actual spending against the budget expected by " + longDate(budget.period().lastDay())
                + " (" + FigureText.percent(budget.progress().elapsedPercent()) + " of the year elapsed).");
        notes.add("Flexibility rule: " + budget.rule().describe() + ".");
        if (budget.forecast() != null) {
            notes.add("Forecast (" + budget.forecast().method().name().toLowerCase(Locale.ROOT) + "): year-end"
                    + " spending " + FigureText.money(budget.forecast().yearEnd(), currency) + ", projected balance "
                    + FigureText.money(budget.forecast().projectedBalance(), currency) + ".");
        }
        return new BudgetTable(columns, rows, notes);
    }

    private List<String> figures(org.fieldreport.indicators.BudgetFigures f) {
        BigDecimal spent = f.spentPercent();
        String variance = FigureText.money(f.variance(), currency);
        if (f.variance().signum() > 0) {
            variance = "+" + variance;
        }
        return List.of(FigureText.money(f.budget(), currency), FigureText.money(f.actual(), currency), variance,
                spent == null ? "–" : FigureText.percent(spent).replace(" %", "%"));
    }

    private FundingView funding() {
        BudgetReport budget = content.budget();
        if (budget == null) {
            return new FundingView("Funding is reported per project year.", List.of());
        }
        FundingStatus f = budget.funding();
        List<LabelledValue> lines = new ArrayList<>();
        lines.add(new LabelledValue("Year " + f.year() + " budget", FigureText.money(f.budget(), currency)));
        lines.add(new LabelledValue("Committed (commitments and receipts)", FigureText.money(f.committed(),
                currency)));
        lines.add(new LabelledValue("Received", FigureText.money(f.receipts(), currency)));
        if (f.pledged().signum() != 0) {
            lines.add(new LabelledValue("Pledged, not yet committed (not counted)", FigureText.money(f.pledged(),
                    currency)));
        }
        lines.add(new LabelledValue("Coverage", f.coverage() == null ? "–" : FigureText.percent(f.coverage())));
        return new FundingView(f.headline() + ".", lines);
    }

    // ---- provenance ------------------------------------------------------------------------------------------

    private ProvenanceAppendix provenance() {
        List<SourceFileView> files = new ArrayList<>();
        for (SourceFile s : content.data().sources()) {
            if (!s.present()) {
                continue;
            }
            files.add(new SourceFileView(s.file(), s.sha256(), Figures.of(BigDecimal.valueOf(s.rowsRead())),
                    Figures.of(BigDecimal.valueOf(s.accepted())), Figures.of(BigDecimal.valueOf(s.excluded()))));
        }
        List<ProblemLine> problems = new ArrayList<>();
        List<Problem> errors = content.problems().all().stream().filter(Problem::isError).toList();
        for (Problem p : errors.subList(0, Math.min(PROBLEMS_LISTED, errors.size()))) {
            problems.add(new ProblemLine(p.source().toString(), p.severity().label(), p.message()));
        }
        int errorCount = content.problems().errorCount();
        String note = errorCount == 0 ? ""
                : errorCount + (errorCount == 1 ? " problem" : " problems") + " excluded rows from every figure"
                        + (errorCount > problems.size() ? "; the first " + problems.size() + " are listed, and"
                        + " `fieldreport validate` lists them all" : "") + ".";
        if (content.problems().warningCount() > 0) {
            note += " " + content.problems().warningCount() + " warnings did not exclude rows.";
        }
        return new ProvenanceAppendix(files, problems, note.strip(), longDate(content.asOf()), content.command());
    }
}

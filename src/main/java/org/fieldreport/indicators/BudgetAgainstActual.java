package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;

/**
 * Computes the {@link BudgetReport} of a reporting period that lies within project year {@code year}. Spending is
 * counted from the start of the project year to the end of the period ("to date") and, apart, within the period;
 * it is compared with the year's approved budget lines (budget.csv rows of that year) and with the part of them
 * expected by the period's end under the project's {@link SpendingPlan}.
 */
public final class BudgetAgainstActual {

    private final Project project;
    private final String currency;
    private final ReportingPeriod period;
    private final YearProgress progress;
    private final SpendingPlan plan;
    private final FlexibilityRule rule;
    private final FinanceSettings settings;

    private BudgetAgainstActual(Project project, ReportingPeriod period, int year) {
        this.project = project;
        this.currency = project.currency();
        this.period = period;
        LocalDate yearStart = project.yearStart(year);
        LocalDate yearEnd = project.yearEnd(year);
        if (period.start().isBefore(yearStart) || period.end().isAfter(yearEnd)) {
            throw new IllegalArgumentException("period " + period.key() + " (" + period.start() + " to "
                    + period.lastDay() + ") is not within project year " + year);
        }
        this.progress = YearProgress.at(year, yearStart, yearEnd, period.end());
        this.settings = project.finance();
        this.plan = new SpendingPlan(ForecastMethod.named(settings.forecast()), yearStart, yearEnd,
                settings.phasing());
        this.rule = FlexibilityRule.of(settings);
    }

    /**
     * The budget report of {@code period} within project year {@code year}.
     *
     * @throws IllegalArgumentException when the period is not within the year, or the forecast settings are wrong
     */
    public static BudgetReport report(ProjectData data, ReportingPeriod period, int year) {
        return new BudgetAgainstActual(data.project(), period, year).compute(data);
    }

    /**
     * Rolls rows up into their heading, or headings into the total: the sum of the parts' figures (each already in
     * the currency's minor unit, so the sum is what the parts add up to), of their forecasts and of the
     * original-currency amounts.
     */
    private static final class Sums {
        BudgetFigures figures = BudgetFigures.ZERO;
        BigDecimal forecast = BigDecimal.ZERO;
        final Map<String, BigDecimal> original = new TreeMap<>();

        void add(BudgetFigures part, Forecast partForecast, Map<String, BigDecimal> originalAmounts) {
            figures = figures.plus(part);
            forecast = forecast.add(partForecast.yearEnd());
            originalAmounts.forEach((c, a) -> original.merge(c, a, BigDecimal::add));
        }

        Forecast forecast(ForecastMethod method) {
            return new Forecast(method, forecast, figures.budget().subtract(forecast));
        }
    }

    /** What one line code collected: its budget and its converted spending. */
    private static final class LineTotals {
        String line;
        String heading;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal periodActual = BigDecimal.ZERO;
        final Map<String, BigDecimal> original = new TreeMap<>();
        /**
         * While expenses are added: the spending of each month of the year, 2 × month before the period and
         * 2 × month + 1 within it, so that a row costs one addition; summed into the rest at the end.
         */
        BigDecimal[] cells;
    }

    /**
     * The approved budget of each line code of project year {@code year}, in budget.csv's order, in the currency's
     * minor unit: budget.csv rows with the same code add up.
     */
    static Map<String, BigDecimal> lineBudgets(List<BudgetLine> budget, int year, String currency) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (BudgetLine b : budget) {
            if (b.year() == year) {
                lines.merge(b.lineCode(), FinanceRounding.display(b.amount().amount(), currency), BigDecimal::add);
            }
        }
        return lines;
    }

    private BudgetReport compute(ProjectData data) {
        int year = progress.year();
        Map<String, LineTotals> budgeted = new LinkedHashMap<>();
        Map<String, BigDecimal> lineBudgets = lineBudgets(data.budget(), year, currency);
        for (BudgetLine b : data.budget()) {
            if (b.year() == year) {
                LineTotals t = budgeted.computeIfAbsent(b.lineCode(), c -> new LineTotals());
                t.line = t.line == null ? b.line() : t.line;
                t.heading = t.heading == null ? b.heading() : t.heading;
                t.budget = lineBudgets.get(b.lineCode());
            }
        }
        Map<String, LineTotals> outside = new TreeMap<>();
        BigDecimal[] actualByMonth = new BigDecimal[months()];
        Conversions conversions = spend(data, budgeted, outside, actualByMonth);

        Map<String, List<String>> codesByHeading = new LinkedHashMap<>();
        budgeted.forEach((code, t) -> codesByHeading.computeIfAbsent(t.heading, h -> new ArrayList<>()).add(code));
        Map<String, BudgetFigures> headingFigures = new HashMap<>();
        BudgetFigures budgetTotal = BudgetFigures.ZERO;
        for (var h : codesByHeading.entrySet()) {
            BudgetFigures sum = BudgetFigures.ZERO;
            for (String code : h.getValue()) {
                sum = sum.plus(figures(budgeted.get(code)));
            }
            headingFigures.put(h.getKey(), sum);
            budgetTotal = budgetTotal.plus(sum);
        }

        List<BudgetHeading> headings = new ArrayList<>();
        for (var h : codesByHeading.entrySet()) {
            List<BudgetRow> rows = new ArrayList<>();
            for (String code : h.getValue()) {
                LineTotals t = budgeted.get(code);
                rows.add(row(code, t.line, h.getKey(), false, t, headingFigures.get(h.getKey()), budgetTotal));
            }
            headings.add(heading(h.getKey(), false, rows));
        }
        if (!outside.isEmpty()) {
            List<BudgetRow> rows = new ArrayList<>();
            BudgetFigures outsideSum = BudgetFigures.ZERO;
            for (LineTotals t : outside.values()) {
                outsideSum = outsideSum.plus(figures(t));
            }
            for (var o : outside.entrySet()) {
                rows.add(row(o.getKey(), "(not in the Year " + year + " budget)", BudgetHeading.UNBUDGETED, true,
                        o.getValue(), outsideSum, budgetTotal));
            }
            headings.add(heading(BudgetHeading.UNBUDGETED, true, rows));
        }

        Sums sums = new Sums();
        headings.forEach(h -> sums.add(h.figures(), h.forecast(), h.originalAmounts()));
        BudgetFigures total = sums.figures;
        return new BudgetReport(project.code(), currency, period, progress, rule, settings.paceLow(),
                settings.paceHigh(), plan.method(), headings, total, sums.original, pace(total),
                sums.forecast(plan.method()), burnRate(total), monthly(List.copyOf(lineBudgets.values()), actualByMonth),
                FundingStatus.of(year, currency, budgetTotal.budget(), data.funding()),
                Reconciliation.of(data.sources()), conversions);
    }

    /** A line's figures, each in the currency's minor unit: the budget's expected shares are rounded here, once. */
    private BudgetFigures figures(LineTotals t) {
        BigDecimal budget = money(t.budget);
        return BudgetFigures.of(budget, money(plan.expectedBy(budget, period.end())),
                money(plan.expectedBetween(budget, period.start(), period.end())), money(t.periodActual),
                money(t.actual));
    }

    /** The amount half-up in the reporting currency's minor unit. */
    private BigDecimal money(BigDecimal amount) {
        return FinanceRounding.display(amount, currency);
    }

    private BudgetRow row(String code, String line, String heading, boolean unbudgeted, LineTotals t,
                          BudgetFigures headingFigures, BudgetFigures budgetTotal) {
        BudgetFigures f = figures(t);
        BigDecimal base = switch (rule.base()) {
            case LINE -> f.budgetToDate();
            case HEADING -> headingFigures.budgetToDate();
            case TOTAL -> budgetTotal.budgetToDate();
        };
        FlexibilityCheck check = rule.check(f.variance(), f.budget(), base);
        String warning = unbudgeted ? "spending on line code \"" + code + "\" is not in the Year " + progress.year()
                + " budget" : null;
        return new BudgetRow(code, line, heading, unbudgeted, f, t.original, pace(f), check, forecast(f), warning,
                check.needsDonorApproval() ? "" : null);
    }

    private BudgetHeading heading(String name, boolean unbudgeted, List<BudgetRow> rows) {
        Sums sums = new Sums();
        rows.forEach(r -> sums.add(r.figures(), r.forecast(), r.originalAmounts()));
        return new BudgetHeading(name, unbudgeted, rows, sums.figures, sums.original, pace(sums.figures),
                sums.forecast(plan.method()));
    }

    private SpendingPace pace(BudgetFigures f) {
        return SpendingPace.of(f.actual(), f.budgetToDate(), settings.paceLow(), settings.paceHigh());
    }

    private Forecast forecast(BudgetFigures f) {
        BigDecimal yearEnd = money(plan.forecast(f.budget(), f.actual(), progress));
        return new Forecast(plan.method(), yearEnd, f.budget().subtract(yearEnd));
    }

    private BurnRate burnRate(BudgetFigures total) {
        BigDecimal elapsed = progress.elapsedMonths();
        BigDecimal yearMonths = BigDecimal.valueOf(ChronoUnit.MONTHS.between(progress.yearStart(),
                progress.yearEnd()));
        BigDecimal remainingMonths = yearMonths.subtract(elapsed);
        return new BurnRate(elapsed, elapsed.signum() == 0 ? null : money(FinanceRounding.divide(total.actual(),
                elapsed)), remainingMonths, remainingMonths.signum() <= 0 ? null
                        : money(FinanceRounding.divide(total.remaining(), remainingMonths)));
    }

    /**
     * One pass over the expenses from the year's start to the period's end: each is converted once and its amount
     * added to its line (to date and, when dated in the period, within it; line codes outside the budget go to
     * {@code outside}) and to its month of the year in {@code actualByMonth}. Month i runs from the year's start plus
     * i months; the month the period ends in is cut at its end. Sums are exact, so the order they are taken in
     * changes nothing.
     */
    private Conversions spend(ProjectData data, Map<String, LineTotals> budgeted, Map<String, LineTotals> outside,
                              BigDecimal[] actualByMonth) {
        CurrencyConversion conversion = new CurrencyConversion(currency, project.exchangeRates().policy(),
                data.rates());
        int months = actualByMonth.length;
        long[] monthStarts = new long[months + 1];
        for (int i = 0; i <= months; i++) {
            monthStarts[i] = progress.yearStart().plusMonths(i).toEpochDay();
        }
        long from = progress.yearStart().toEpochDay();
        long periodFrom = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        List<Expense> converted = new ArrayList<>(data.expenses().size());
        List<Expense> missing = new ArrayList<>();
        for (Expense e : data.expenses()) {
            long day = e.date().toEpochDay();
            if (day < from || day >= end) {
                continue;
            }
            BigDecimal original = e.amount().amount();
            BigDecimal amount = conversion.amount(e, original);
            if (amount == null) {
                missing.add(e);
                continue;
            }
            converted.add(e);
            LineTotals t = budgeted.get(e.lineCode());
            if (t == null) {
                t = outside.computeIfAbsent(e.lineCode(), k -> new LineTotals());
            }
            if (t.cells == null) {
                t.cells = new BigDecimal[2 * months];
                Arrays.fill(t.cells, BigDecimal.ZERO);
            }
            int at = Arrays.binarySearch(monthStarts, day);
            int cell = 2 * (at >= 0 ? at : -at - 2) + (day >= periodFrom ? 1 : 0);
            t.cells[cell] = t.cells[cell].add(amount);
            if (!conversion.inReportingCurrency(e)) {
                t.original.merge(e.currency(), original, BigDecimal::add);
            }
        }
        Arrays.fill(actualByMonth, BigDecimal.ZERO);
        for (Map<String, LineTotals> lines : List.of(budgeted, outside)) {
            for (LineTotals t : lines.values()) {
                if (t.cells == null) {
                    continue;
                }
                for (int month = 0; month < months; month++) {
                    BigDecimal before = t.cells[2 * month];
                    BigDecimal within = t.cells[2 * month + 1];
                    t.actual = t.actual.add(before).add(within);
                    t.periodActual = t.periodActual.add(within);
                    actualByMonth[month] = actualByMonth[month].add(before).add(within);
                }
                t.cells = null;
            }
        }
        return new Conversions(conversion, converted, missing);
    }

    /** The months of the project year. */
    private int months() {
        return (int) ChronoUnit.MONTHS.between(progress.yearStart(), progress.yearEnd());
    }

    /**
     * The months of the year up to the last that has begun by the period's end (a report to date stops there, and
     * that month runs to the period's end); the expected pace by a month's end is the sum of each line's expected
     * share rounded to the minor unit, as the table's budget to date is, so the chart and the table agree at the
     * period's end.
     */
    private List<MonthlySpending> monthly(List<BigDecimal> lineBudgets, BigDecimal[] actualByMonth) {
        List<MonthlySpending> months = new ArrayList<>();
        int count = actualByMonth.length;
        BigDecimal cumulativeActual = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < count && progress.yearStart().plusMonths(i).isBefore(period.end()); i++) {
            LocalDate from = progress.yearStart().plusMonths(i);
            LocalDate monthEnd = progress.yearStart().plusMonths(i + 1L);
            LocalDate until = monthEnd.isAfter(period.end()) ? period.end() : monthEnd;
            BigDecimal cumulativePace = lineBudgets.stream().map(b -> money(plan.expectedBy(b, until)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual = null;
            BigDecimal cumulative = null;
            if (from.isBefore(period.end())) {
                actual = actualByMonth[i];
                cumulativeActual = cumulativeActual.add(actual);
                cumulative = cumulativeActual;
            }
            months.add(new MonthlySpending(i + 1, YearMonth.from(from), from, until,
                    cumulativePace.subtract(before), cumulativePace, actual, cumulative));
            before = cumulativePace;
        }
        return months;
    }
}

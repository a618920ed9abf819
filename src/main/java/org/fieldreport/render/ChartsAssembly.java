package org.fieldreport.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.FinanceRounding;
import org.fieldreport.indicators.MonthlySpending;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.privacy.MonthlySeries;
import org.fieldreport.privacy.PublishedActivity;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.render.text.FigureText;
import org.fieldreport.render.text.Figures;

/**
 * The report's charts, with their captions and text alternatives: outreach nights per month against the weekly
 * target, attendances per month by site (as published: a month with a hidden count is drawn as 0), budget against
 * actual by heading, and cumulative spending against the expected pace. The two monthly charts need a period with
 * months, the two budget charts a budget; a chart with nothing but zeros is left out.
 */
final class ChartsAssembly {

    private final PublishedReport content;
    private final String currency;

    private ChartsAssembly(PublishedReport content, String currency) {
        this.content = content;
        this.currency = currency;
    }

    static List<ChartView> charts(PublishedReport content, String currency) {
        return new ChartsAssembly(content, currency).charts();
    }

    private List<ChartView> charts() {
        List<ChartView> charts = new ArrayList<>();
        PublishedActivity activity = content.activity();
        if (!activity.months().isEmpty()) {
            charts.add(outreachChart(activity));
            charts.add(attendanceChart(activity));
        }
        content.budget().ifPresent(budget -> {
            charts.add(budgetChart(budget));
            charts.add(paceChart(budget));
        });
        // a project without outreach, or a period with no attendance, gets no chart of zeros
        charts.removeIf(ChartView::drawsNothing);
        return charts;
    }

    private ChartView outreachChart(PublishedActivity activity) {
        MonthlySeries nights = activity.nightsPerMonth();
        Optional<BigDecimal> perWeek = weeklyOutreachTarget();
        Optional<TargetLine> target = perWeek.map(t -> new TargetLine("Target: " + Figures.of(t) + " a week",
                t.multiply(new BigDecimal("30.4375")).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP)));
        String caption = "Outreach nights per month, " + content.scope().period().label()
                + target.map(t -> ", against the target of " + Figures.of(perWeek.get()) + " nights a week (about "
                        + t.value().toPlainString() + " a month)").orElse("") + ".";
        String alt = "Bar chart: outreach nights per month ranged from " + nights.least() + " to " + nights.most()
                + "; " + nights.total() + " nights in the period.";
        return new ChartView("outreach-nights", "Outreach nights per month", caption, alt, ChartKind.BAR, "Nights",
                List.of(series(nights.name(), activity.months(), nights)), target);
    }

    /** The weekly target of the first outreach-nights-per-week indicator declared, if any. */
    private Optional<BigDecimal> weeklyOutreachTarget() {
        return content.indicators().stream().map(PublishedIndicator::declaration)
                .filter(d -> "weeks".equals(d.denominator()))
                .map(IndicatorDeclaration::yearlyTarget).filter(java.util.Objects::nonNull).findFirst();
    }

    private ChartView attendanceChart(PublishedActivity activity) {
        List<ChartSeries> series = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        long total = 0;
        for (MonthlySeries site : activity.attendancesBySite()) {
            series.add(series(site.name(), activity.months(), site));
            sites.add(site.name());
            total += site.total();
        }
        boolean hidden = activity.anyAttendanceHidden();
        String caption = "Attendances at every activity per month, by site (one child at one session is one"
                + " attendance)." + (hidden ? " " + activity.attendanceLegend() : "");
        String alt = "Stacked bar chart of attendances per month by site (" + String.join(", ", sites) + "); "
                + Figures.of(BigDecimal.valueOf(total)) + " attendances in the period"
                + (hidden ? " in the months shown" : "") + ".";
        return new ChartView("attendance-by-site", "Attendance per month by site", caption, alt, ChartKind.STACKED,
                "Attendances", series, Optional.empty());
    }

    private static ChartSeries series(String name, List<YearMonth> months, MonthlySeries values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            points.add(new ChartPoint(ReportAssembly.month(months.get(m)), BigDecimal.valueOf(values.values().get(m))));
        }
        return new ChartSeries(name, points);
    }

    private ChartView budgetChart(PublishedBudget budget) {
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
                "Year " + budget.progress().year() + " budget and actual spending to "
                        + ReportAssembly.longDate(budget.period().lastDay()) + " by heading, in " + currency + ".",
                "Bar chart, spent against budget by heading: " + String.join("; ", words) + ".",
                ChartKind.BAR, currency, List.of(new ChartSeries("Budget", planned), new ChartSeries("Actual", spent)),
                Optional.empty());
    }

    private ChartView paceChart(PublishedBudget budget) {
        List<ChartPoint> actual = new ArrayList<>();
        List<ChartPoint> pace = new ArrayList<>();
        for (MonthlySpending m : budget.monthly()) {
            pace.add(new ChartPoint(ReportAssembly.month(m.month()), display(m.cumulativeBudgetPace())));
            if (m.reported()) {
                actual.add(new ChartPoint(ReportAssembly.month(m.month()), display(m.cumulativeActual())));
            }
        }
        BigDecimal spentPercent = budget.total().spentPercent();
        return new ChartView("cumulative-spending", "Cumulative spending against the expected pace",
                "Cumulative spending per month against the expected pace through the Year "
                        + budget.progress().year() + " budget of " + FigureText.money(budget.total().budget(),
                        currency) + " " + currency + ".",
                "Line chart: spending reached " + FigureText.money(budget.total().actual(), currency) + " " + currency
                        + (spentPercent == null ? "" : ", " + FigureText.percent(spentPercent) + " of the budget,")
                        + " by " + ReportAssembly.longDate(budget.period().lastDay()) + ".",
                ChartKind.LINE, currency, List.of(new ChartSeries("Spent", actual),
                        new ChartSeries("Expected pace", pace)), Optional.empty());
    }

    private BigDecimal display(BigDecimal amount) {
        return FinanceRounding.display(amount, currency);
    }
}

package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.indicators.MonthlyActivity;

/**
 * Publishes the monthly series of a period ({@link MonthlyActivity}) for one audience, as {@link PublishedActivity}.
 * Counts of people get the audience's rule for plain counts of people:
 * <ul>
 * <li>children reached per month and area are the grid suppressed with the indicator they are a finer cut of, when
 * one was; otherwise they are suppressed on their own, small cells hidden and, because the monthly figures add up to
 * the area and month totals other outputs print, enough further cells that no small one can be worked out by
 * subtraction (when no set of hidden cells protects every small one, every cell that is not zero is hidden);</li>
 * <li>attendances per month and site, as the chart draws them: a hidden count is drawn as 0;</li>
 * <li>participants per month, site and activity are withheld outside internal output: beside the report's own
 * breakdowns (children per site, per activity) they could give a hidden small count away, and some activities
 * (counselling) are sensitive.</li>
 * </ul>
 * Outside internal output, a sensitive activity (counselling) is left out of the attendance chart and of the
 * per-activity rows altogether: its sessions and attendances per site and month would count the children in it.
 * Nights and sessions count no one and are shown as they are.
 */
final class ActivityPublication {

    private static final String MONTH = "month";
    private static final String AREA = "area";

    private ActivityPublication() {
    }

    static PublishedActivity publish(MonthlyActivity monthly, SuppressionPolicy policy, List<String> sites,
                                     List<PublishedIndicator> indicators) {
        SuppressionRule rule = policy.rule(true, false);
        List<List<PublishedFigure>> children = indicators.stream().map(PublishedIndicator::grid)
                .filter(g -> g != null && g.rows().size() == monthly.months().size()).findFirst()
                .map(PublishedGrid::cells)
                .orElseGet(() -> childrenReached(monthly, rule));
        List<PublishedActivity.OutreachMonth> outreach = new ArrayList<>();
        for (int m = 0; m < monthly.months().size(); m++) {
            YearMonth month = monthly.months().get(m);
            List<Long> nights = new ArrayList<>();
            for (String area : monthly.areas()) {
                nights.add(monthly.outreach().stream().filter(o -> o.month().equals(month) && o.area().equals(area))
                        .mapToLong(MonthlyActivity.OutreachMonth::nights).sum());
            }
            outreach.add(new PublishedActivity.OutreachMonth(month, nights, children.get(m)));
        }
        List<MonthlySeries> attendances = new ArrayList<>();
        boolean hidden = false;
        for (String site : sites) {
            List<Long> values = new ArrayList<>();
            for (YearMonth m : monthly.months()) {
                long count = monthly.attendance().stream().filter(a -> a.month().equals(m) && a.site().equals(site)
                                && !policy.guardsActivity(a.activity()))
                        .mapToLong(MonthlyActivity.AttendanceMonth::attendances).sum();
                if (rule.hides(count)) {
                    hidden = true;
                    count = 0;
                }
                values.add(count);
            }
            attendances.add(new MonthlySeries(site, values));
        }
        List<String> guarded = monthly.attendance().stream().map(MonthlyActivity.AttendanceMonth::activity)
                .filter(policy::guardsActivity).distinct().toList();
        String legend = hidden ? "Months with fewer than " + rule.threshold()
                + " attendances at a site are drawn as 0 to protect the children." : "";
        if (!guarded.isEmpty()) {
            legend = (legend.isEmpty() ? "" : legend + " ") + "Attendances at " + String.join(", ", guarded)
                    + " (sensitive) are not drawn.";
        }
        List<PublishedActivity.ActivityMonth> activities = new ArrayList<>();
        for (MonthlyActivity.AttendanceMonth a : monthly.attendance()) {
            if (policy.guardsActivity(a.activity())) {
                continue;
            }
            PublishedFigure participants = rule.suppressesAnything()
                    ? PublishedFigure.hidden(CellState.SECONDARY_TEXT)
                    : PublishedFigure.shown(BigDecimal.valueOf(a.participants()));
            activities.add(new PublishedActivity.ActivityMonth(a.month(), a.site(), a.activity(), a.sessions(),
                    participants));
        }
        return new PublishedActivity(monthly.months(), monthly.areas(), outreach, attendances, legend, activities,
                rule.suppressesAnything());
    }

    /** Children reached per month and area, suppressed on their own: one list per month, one figure per area. */
    private static List<List<PublishedFigure>> childrenReached(MonthlyActivity monthly, SuppressionRule rule) {
        List<String> months = monthly.months().stream().map(Object::toString).toList();
        List<String> areas = monthly.areas();
        long[][] counts = monthly.contactsByMonthAndArea();
        List<List<PublishedFigure>> grid = new ArrayList<>();
        if (!rule.suppressesAnything() || months.isEmpty() || areas.isEmpty()) {
            for (long[] row : counts) {
                List<PublishedFigure> figures = new ArrayList<>();
                for (long count : row) {
                    figures.add(PublishedFigure.shown(BigDecimal.valueOf(count)));
                }
                grid.add(figures);
            }
            return grid;
        }
        CountTable table = CountTable.twoWay(MONTH, months, AREA, areas, counts);
        SuppressedCells cells = LinkedTables.of(table).suppress(rule);
        boolean safe = cells.protectsEveryFigure();
        for (int m = 0; m < months.size(); m++) {
            List<PublishedFigure> figures = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                ShownCell cell = cells.cell(table.cellKey(m, a));
                if (cell.isSuppressed()) {
                    figures.add(PublishedFigure.hidden(cell.text()));
                } else if (!safe && counts[m][a] > 0) {
                    figures.add(PublishedFigure.hidden(CellState.SECONDARY_TEXT));
                } else {
                    figures.add(PublishedFigure.shown(BigDecimal.valueOf(cell.value().orElseThrow())));
                }
            }
            grid.add(figures);
        }
        return grid;
    }
}

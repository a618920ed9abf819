package org.fieldreport.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldreport.render.ChartKind;
import org.fieldreport.render.ChartPoint;
import org.fieldreport.render.ChartSeries;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.TargetLine;

/**
 * One small chart of each kind with made-up values, for the renderers' warm-ups
 * ({@link org.fieldreport.render.WarmUp}): drawing them loads JFreeChart, Java 2D and the bundled fonts.
 */
public final class WarmUpCharts {

    private WarmUpCharts() {
    }

    /** A bar, a stacked and a line chart, the first with a target line; ids "warm-up-0" and on. */
    public static List<ChartView> all() {
        List<ChartView> charts = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            List<ChartSeries> series = List.of(
                    new ChartSeries("A", List.of(new ChartPoint("Jan 2019", BigDecimal.ONE),
                            new ChartPoint("Feb 2019", BigDecimal.TEN))),
                    new ChartSeries("B", List.of(new ChartPoint("Jan 2019", BigDecimal.TEN),
                            new ChartPoint("Feb 2019", BigDecimal.ONE))));
            Optional<TargetLine> target = charts.isEmpty()
                    ? Optional.of(new TargetLine("Target: 5", BigDecimal.valueOf(5))) : Optional.empty();
            charts.add(new ChartView("warm-up-" + charts.size(), "Warm-up", "-", "-", kind, "Count", series,
                    target));
        }
        return charts;
    }
}

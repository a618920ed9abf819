package org.fieldreport.render;

import java.util.List;

/** One named series of a chart: (category label, value) points in category order. */
public record ChartSeries(String name, List<ChartPoint> points) {

    public ChartSeries {
        points = List.copyOf(points);
    }
}

package org.fieldreport.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart: what it shows (as data, so each format can draw it its own way), its caption and a short text
 * alternative for readers who cannot see it.
 *
 * @param id              unique within the report; the template places the chart by this id
 * @param title           shown above the chart
 * @param caption         shown under the chart
 * @param textAlternative a sentence or two saying what the chart shows
 * @param kind            bar, line or stacked bar
 * @param valueAxisLabel  the label of the value axis, for example "Nights" or "USD"
 * @param series          the data series; every series uses the same categories in the same order
 * @param targetLine      an optional horizontal target line
 */
public record ChartView(String id, String title, String caption, String textAlternative, ChartKind kind,
        String valueAxisLabel, List<ChartSeries> series, Optional<TargetLine> targetLine) {

    public ChartView {
        Objects.requireNonNull(id, "id");
        series = List.copyOf(series);
        Objects.requireNonNull(targetLine, "targetLine");
    }

    /** True when every value drawn is a whole number, so the value axis ticks at whole numbers too. */
    public boolean wholeNumbers() {
        return series.stream().flatMap(s -> s.points().stream())
                .allMatch(p -> p.value().signum() == 0 || p.value().stripTrailingZeros().scale() <= 0);
    }

    /** True when there is nothing to draw: no point, or every point 0 (such a chart is left out of a report). */
    public boolean drawsNothing() {
        return series.stream().flatMap(s -> s.points().stream()).allMatch(p -> p.value().signum() == 0);
    }
}

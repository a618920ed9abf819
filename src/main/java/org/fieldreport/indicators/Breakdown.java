package org.fieldreport.indicators;

import java.util.List;

/**
 * One disaggregation of an indicator ({@code dimension}: site, area, activity, month, quarter, sex or age_band),
 * its cells in a fixed order. {@code additive} is true when the cells add up to the indicator's value (rows and sums
 * by anything; sessions by place, activity or time; first-time counts by time); distinct counts are not additive,
 * since one child can be in several cells, and neither are ratios.
 */
public record Breakdown(String dimension, boolean additive, List<BreakdownCell> cells) {

    public Breakdown {
        cells = List.copyOf(cells);
    }
}

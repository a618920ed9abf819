package org.fieldreport.render;

/** How a chart draws its series. */
public enum ChartKind {
    /** Bars side by side per category. */
    BAR,
    /** One line per series. */
    LINE,
    /** Series stacked in one bar per category. */
    STACKED
}

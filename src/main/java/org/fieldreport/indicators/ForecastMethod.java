package org.fieldreport.indicators;

import java.util.Locale;

/**
 * How the year-end spending is forecast and how the budget is expected to be spent over the year.
 * {@code LINEAR}: evenly by days; forecast = actual ÷ elapsed days × days in the year. {@code PHASING}: by the
 * monthly shares of project.yaml {@code finance.phasing}; forecast = actual + budget × the share planned after the
 * period's end (the months still to come are assumed to follow the plan).
 */
public enum ForecastMethod {
    LINEAR, PHASING;

    /** The method named in project.yaml ({@code linear} or {@code phasing}, any case). */
    public static ForecastMethod named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("finance.forecast \"" + name + "\" is not linear or phasing", e);
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.fieldreport.model;

/**
 * How an indicator turns rows into a figure; written in snake_case in project.yaml ({@code first_time}).
 * See {@link IndicatorDeclaration} for what each one reads.
 */
public enum Measure {
    COUNT, DISTINCT, SUM, SESSIONS, FIRST_TIME, REGULAR, RATIO, PERIODS, FINANCE;

    /** The name as written in project.yaml. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

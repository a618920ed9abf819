package org.fieldreport.model;

/**
 * Which exchange rate converts an expense in another currency. {@code ROW_THEN_MONTHLY} takes the row's fx_rate and
 * falls back to the month's rate in rates.csv; {@code ROW_ONLY} and {@code MONTHLY_ONLY} use one source only.
 * A missing rate is always an error: never 1:1, never the last known rate.
 */
public enum RatePolicy {
    ROW_THEN_MONTHLY, ROW_ONLY, MONTHLY_ONLY
}

package org.fieldreport.privacy;

import java.util.List;

/**
 * One named series of a monthly chart as it is drawn: one value per month of the period, already suppressed (a
 * hidden count is drawn as 0).
 */
public record MonthlySeries(String name, List<Long> values) {

    public MonthlySeries {
        values = List.copyOf(values);
    }

    /** The sum of the values drawn. */
    public long total() {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    /** The smallest value drawn ({@link Long#MAX_VALUE} for an empty series). */
    public long least() {
        return values.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }

    /** The largest value drawn (0 for an empty series). */
    public long most() {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}

package org.fieldreport.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The span a report covers, half-open: from {@code start} (inclusive) to {@code end} (exclusive). {@code key} is the
 * compact form used in file names ({@code Y1}, {@code Y1-Q3}, {@code 2019-06}); {@code label} is for people
 * ("December 2018 – November 2019").
 */
public record ReportingPeriod(String key, LocalDate start, LocalDate end, String label) {

    public ReportingPeriod {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + ".." + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** Number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** The last day inside the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }
}

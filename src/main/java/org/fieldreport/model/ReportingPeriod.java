package org.fieldreport.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The span a report covers, half-open: from {@code start} (inclusive) to {@code end} (exclusive). {@code key} is the
 * compact form used in file names ({@code Y1}, {@code Y1-Q3}, {@code 2019-06}); {@code label} is for people
 * ("December 2018 – November 2019"). {@code scheduledEnd} is where the period as asked for ends: a period still in
 * progress on the report's as-of date is cut there ({@link #toDate}), so that every figure, chart and table covers
 * the days up to that date, and it keeps its key, its scheduled end and says so in its label.
 */
public record ReportingPeriod(String key, LocalDate start, LocalDate end, String label, LocalDate scheduledEnd) {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ReportingPeriod {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + ".." + end);
        }
        scheduledEnd = scheduledEnd == null ? end : scheduledEnd;
    }

    /** A period that runs its whole length. */
    public ReportingPeriod(String key, LocalDate start, LocalDate end, String label) {
        this(key, start, end, label, end);
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

    /** True when the period was cut at an as-of date before its scheduled end. */
    public boolean inProgress() {
        return scheduledEnd.isAfter(end);
    }

    /**
     * The period as it stands on {@code asOf} (counted in full): itself when it has ended by then, else cut after
     * that day, its label saying "in progress: data to 29 February 2020".
     *
     * @throws IllegalArgumentException when the period has not begun by {@code asOf}
     */
    public ReportingPeriod toDate(LocalDate asOf) {
        if (asOf.isBefore(start)) {
            throw new IllegalArgumentException("the period starts on " + start + ", after " + asOf);
        }
        LocalDate cut = asOf.plusDays(1);
        if (!cut.isBefore(end)) {
            return this;
        }
        return new ReportingPeriod(key, start, cut, label + ", in progress: data to " + asOf.format(LONG_DATE), end);
    }
}

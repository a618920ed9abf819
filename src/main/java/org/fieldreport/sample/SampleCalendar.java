package org.fieldreport.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The days the sample covers: all of Year 1 (1 December 2018 to 30 November 2019) and the first quarter of Year 2
 * (December 2019 to February 2020), with the public holidays on which clubs close.
 */
final class SampleCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2018, 12, 1);
    static final LocalDate YEAR_TWO = LocalDate.of(2019, 12, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2020, 2, 29);

    /** Khmer New Year and Pchum Ben: even the night teams rest. */
    private static final Set<LocalDate> FESTIVALS = Set.of(
            LocalDate.of(2019, 4, 14), LocalDate.of(2019, 4, 15), LocalDate.of(2019, 4, 16),
            LocalDate.of(2019, 9, 27), LocalDate.of(2019, 9, 28), LocalDate.of(2019, 9, 29));

    /** Other public holidays on which the day programmes close (the night teams still go out). */
    private static final Set<LocalDate> PUBLIC_HOLIDAYS = Set.of(
            LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 7), LocalDate.of(2019, 11, 9),
            LocalDate.of(2019, 11, 10), LocalDate.of(2019, 11, 11), LocalDate.of(2019, 11, 12),
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 7));

    private SampleCalendar() {
    }

    /** Every day of the sample, in order. */
    static List<LocalDate> days() {
        return FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).toList();
    }

    static int dayCount() {
        return (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);
    }

    /** 1 for Year 1, 2 for the Year 2 months in the sample. */
    static int yearOf(LocalDate date) {
        return date.isBefore(YEAR_TWO) ? 1 : 2;
    }

    /** First day of project year {@code year}. */
    static LocalDate yearStart(int year) {
        return FIRST_DAY.plusYears(year - 1L);
    }

    static boolean nightTeamsRest(LocalDate date) {
        return FESTIVALS.contains(date);
    }

    static boolean clubsClosed(LocalDate date) {
        return FESTIVALS.contains(date) || PUBLIC_HOLIDAYS.contains(date);
    }

    /**
     * The quarterly prevention days of project year {@code year}: the first Saturday of each quarter's middle month
     * (January, April, July and October).
     */
    static List<LocalDate> preventionDays(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate month = yearStart(year).plusMonths(quarter * 3L + 1);
            days.add(month.with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY)));
        }
        return days;
    }

    /** The prevention days that fall within the sample. */
    static List<LocalDate> preventionDays() {
        List<LocalDate> days = new ArrayList<>(preventionDays(1));
        preventionDays(2).stream().filter(d -> !d.isAfter(LAST_DAY)).forEach(days::add);
        return days;
    }
}

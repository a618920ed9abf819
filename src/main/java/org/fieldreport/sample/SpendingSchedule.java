package org.fieldreport.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** When a kind of expense is paid in a project year: every week, every month, on the prevention days, or once. */
@FunctionalInterface
interface SpendingSchedule {

    /** The payment dates in project year {@code year}, in order, over the whole year. */
    List<LocalDate> datesIn(int year);

    static SpendingSchedule weekly(DayOfWeek day) {
        return year -> {
            LocalDate start = SampleCalendar.yearStart(year);
            return start.with(TemporalAdjusters.nextOrSame(day)).datesUntil(SampleCalendar.yearStart(year + 1),
                    java.time.Period.ofWeeks(1)).toList();
        };
    }

    /** On {@code day} of each month, from the {@code fromMonth}-th month of the year (0 = the first). */
    static SpendingSchedule monthly(int day, int fromMonth) {
        return year -> {
            List<LocalDate> dates = new ArrayList<>();
            for (int m = fromMonth; m < 12; m++) {
                LocalDate month = SampleCalendar.yearStart(year).plusMonths(m);
                dates.add(month.withDayOfMonth(Math.min(day, month.lengthOfMonth())));
            }
            return dates;
        };
    }

    /** Two days before each prevention day, when its costs are paid. */
    static SpendingSchedule beforePreventionDays() {
        return year -> SampleCalendar.preventionDays(year).stream().map(d -> d.minusDays(2)).toList();
    }

    /** Once, on {@code day} of the {@code month}-th month of the year (0 = the first). */
    static SpendingSchedule once(int month, int day) {
        return year -> List.of(SampleCalendar.yearStart(year).plusMonths(month).withDayOfMonth(day));
    }
}

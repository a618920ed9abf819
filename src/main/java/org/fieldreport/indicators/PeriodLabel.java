package org.fieldreport.indicators;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Names spans of time for people: "June 2019", "June – August 2019", "December 2018 – November 2019", or, when a
 * span does not start and end on whole months, "5 March – 4 April 2019". Every end given here is exclusive.
 */
public final class PeriodLabel {

    private static final String DASH = " \u2013 ";

    private PeriodLabel() {
    }

    /** The span from {@code start} (inclusive) to {@code end} (exclusive). */
    public static String span(LocalDate start, LocalDate end) {
        LocalDate last = end.minusDays(1);
        if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
            LocalDate lastMonth = end.minusMonths(1);
            if (start.equals(lastMonth)) {
                return month(start) + " " + start.getYear();
            }
            if (start.getYear() == lastMonth.getYear()) {
                return month(start) + DASH + month(lastMonth) + " " + start.getYear();
            }
            return month(start) + " " + start.getYear() + DASH + month(lastMonth) + " " + lastMonth.getYear();
        }
        if (start.equals(last)) {
            return day(start) + " " + start.getYear();
        }
        if (start.getYear() == last.getYear()) {
            return day(start) + DASH + day(last) + " " + last.getYear();
        }
        return day(start) + " " + start.getYear() + DASH + day(last) + " " + last.getYear();
    }

    /** The English name of a date's month, such as "June". */
    public static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date);
    }
}

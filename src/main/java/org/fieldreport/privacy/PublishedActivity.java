package org.fieldreport.privacy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The month-by-month series of a period as an audience may see them, for the charts and the workbook's detail
 * sheets: outreach nights per month and area (nights count no one), children reached per month and area (suppressed
 * with the indicator they are a finer cut of), attendances per month by site as the chart draws them (a month with
 * a hidden count drawn as 0, and {@code attendanceLegend} saying so; empty when nothing is hidden), and sessions and
 * participants per month, site and activity (participants withheld outside internal output). Months run over the
 * whole period, empty ones included.
 */
public record PublishedActivity(List<YearMonth> months, List<String> areas, List<OutreachMonth> outreach,
                                List<MonthlySeries> attendancesBySite, String attendanceLegend,
                                List<ActivityMonth> activities, boolean participantsWithheld) {

    public PublishedActivity {
        months = List.copyOf(months);
        areas = List.copyOf(areas);
        outreach = List.copyOf(outreach);
        attendancesBySite = List.copyOf(attendancesBySite);
        activities = List.copyOf(activities);
    }

    /** One month of outreach: nights and children reached, one entry per area in the order of {@code areas}. */
    public record OutreachMonth(YearMonth month, List<Long> nights, List<PublishedFigure> childrenReached) {
        public OutreachMonth {
            nights = List.copyOf(nights);
            childrenReached = List.copyOf(childrenReached);
        }

        /** The month's nights over every area. */
        public long totalNights() {
            return nights.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Sessions and participants (as shown) for one month, site and activity. */
    public record ActivityMonth(YearMonth month, String site, String activity, long sessions,
                                PublishedFigure participants) {
    }

    /** Outreach nights per month over every area. */
    public MonthlySeries nightsPerMonth() {
        return new MonthlySeries("Outreach nights", outreach.stream().map(OutreachMonth::totalNights).toList());
    }

    /** Outreach nights per area over the period, in the order of {@code areas}. */
    public List<Long> nightsPerArea() {
        List<Long> perArea = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            int area = a;
            perArea.add(outreach.stream().mapToLong(m -> m.nights().get(area)).sum());
        }
        return perArea;
    }

    /** Whether the attendance chart draws any month with a hidden count as 0. */
    public boolean anyAttendanceHidden() {
        return !attendanceLegend.isEmpty();
    }
}

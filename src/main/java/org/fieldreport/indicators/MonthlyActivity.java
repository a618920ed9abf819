package org.fieldreport.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;

/**
 * The month-by-month series the charts and the workbook's detail sheets show, for one period: outreach nights and
 * children contacted per month and area, and sessions, attendances and distinct participants per month, site and
 * activity. Months run over the whole period, empty ones included, so charts have no gaps.
 */
public record MonthlyActivity(List<YearMonth> months, List<String> areas, List<OutreachMonth> outreach,
                              List<AttendanceMonth> attendance) {

    /** One month and area of outreach: distinct nights and children contacted (a sum over nights). */
    public record OutreachMonth(YearMonth month, String area, long nights, long childrenContacted) {
    }

    /** One month, site and activity: distinct sessions, attendances (rows) and distinct children. */
    public record AttendanceMonth(YearMonth month, String site, String activity, long sessions, long attendances,
                                  long participants) {
    }

    /** Children contacted on outreach as a table: one row per month, one column per area, in list order. */
    public long[][] contactsByMonthAndArea() {
        long[][] counts = new long[months.size()][areas.size()];
        for (OutreachMonth o : outreach) {
            int m = months.indexOf(o.month());
            int a = areas.indexOf(o.area());
            if (m >= 0 && a >= 0) {
                counts[m][a] += o.childrenContacted();
            }
        }
        return counts;
    }

    public static MonthlyActivity of(ProjectData data, ReportingPeriod period) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.atDay(1).isAfter(period.lastDay()); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<String> areas = data.project().sites();
        Map<String, Set<Object>> nights = new HashMap<>();
        Map<String, Long> contacted = new HashMap<>();
        for (OutreachNight n : data.nights()) {
            if (period.contains(n.date())) {
                String key = YearMonth.from(n.date()) + "|" + n.area();
                nights.computeIfAbsent(key, k -> new HashSet<>()).add(n.date());
                contacted.merge(key, (long) n.childrenContacted(), Long::sum);
            }
        }
        List<OutreachMonth> outreach = new ArrayList<>();
        for (YearMonth m : months) {
            for (String area : areas) {
                String key = m + "|" + area;
                outreach.add(new OutreachMonth(m, area, nights.getOrDefault(key, Set.of()).size(),
                        contacted.getOrDefault(key, 0L)));
            }
        }
        Map<String, Set<String>> sessions = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        Map<String, Long> attendances = new HashMap<>();
        for (Attendance a : data.attendance()) {
            if (period.contains(a.date())) {
                String key = YearMonth.from(a.date()) + "|" + a.site() + "|" + a.activity();
                sessions.computeIfAbsent(key, k -> new HashSet<>()).add(a.session());
                children.computeIfAbsent(key, k -> new HashSet<>()).add(a.childCode());
                attendances.merge(key, 1L, Long::sum);
            }
        }
        List<AttendanceMonth> attendance = new ArrayList<>();
        for (YearMonth m : months) {
            for (String site : data.project().sites()) {
                for (String activity : data.project().activities()) {
                    String key = m + "|" + site + "|" + activity;
                    if (attendances.containsKey(key)) {
                        attendance.add(new AttendanceMonth(m, site, activity, sessions.get(key).size(),
                                attendances.get(key), children.get(key).size()));
                    }
                }
            }
        }
        return new MonthlyActivity(List.copyOf(months), List.copyOf(areas), List.copyOf(outreach),
                List.copyOf(attendance));
    }
}

package org.fieldreport.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldreport.model.AttendanceRegister;
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

    /**
     * Sessions, attendances and distinct children per month, site and activity: one pass over the register puts each
     * row of the period in its cell.
     */
    private static List<AttendanceMonth> attendance(ProjectData data, ReportingPeriod period,
                                                    List<YearMonth> months) {
        AttendanceRegister rows = data.attendance();
        List<String> sites = data.project().sites();
        List<String> activities = data.project().activities();
        int[] siteOfCode = positions(rows.sites(), sites);
        int[] activityOfCode = positions(rows.activities(), activities);
        int firstDay = Math.toIntExact(period.start().toEpochDay());
        int[] monthOfDay = new int[Math.toIntExact(period.days())];
        for (int day = 0; day < monthOfDay.length; day++) {
            monthOfDay[day] = months.indexOf(YearMonth.from(period.start().plusDays(day)));
        }
        int cells = Math.multiplyExact(months.size(), Math.multiplyExact(sites.size(), activities.size()));
        long[] attendances = new long[cells];
        CellValues sessions = new CellValues(cells, rows.sessions().size(), 0, rows.size());
        CellValues children = new CellValues(cells, rows.childCodes().size(), 0, rows.size());
        for (int row = 0; row < rows.size(); row++) {
            int day = rows.day(row) - firstDay;
            int site = siteOfCode[rows.site(row)];
            int activity = activityOfCode[rows.activity(row)];
            if (day >= 0 && day < monthOfDay.length && site >= 0 && activity >= 0) {
                int cell = (monthOfDay[day] * sites.size() + site) * activities.size() + activity;
                attendances[cell]++;
                sessions.addOne(cell, rows.session(row));
                children.addOne(cell, rows.child(row));
            }
        }
        long[] sessionCounts = new long[cells];
        long[] childCounts = new long[cells];
        sessions.forEach((cell, times) -> sessionCounts[cell]++);
        children.forEach((cell, times) -> childCounts[cell]++);
        List<AttendanceMonth> attendance = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            if (attendances[cell] > 0) {
                int activity = cell % activities.size();
                int site = cell / activities.size() % sites.size();
                int month = cell / activities.size() / sites.size();
                attendance.add(new AttendanceMonth(months.get(month), sites.get(site), activities.get(activity),
                        sessionCounts[cell], attendances[cell], childCounts[cell]));
            }
        }
        return attendance;
    }

    /** For each name of {@code coded}, its first position in {@code listed}, or -1. */
    private static int[] positions(List<String> coded, List<String> listed) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = listed.size() - 1; i >= 0; i--) {
            positions.put(listed.get(i), i);
        }
        return coded.stream().mapToInt(name -> positions.getOrDefault(name, -1)).toArray();
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
        List<AttendanceMonth> attendance = attendance(data, period, months);
        return new MonthlyActivity(List.copyOf(months), List.copyOf(areas), List.copyOf(outreach),
                List.copyOf(attendance));
    }
}

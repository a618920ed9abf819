package org.fieldreport.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldreport.model.AttendanceRows;
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
     * Sessions, attendances and distinct children per month, site and activity, read from the columns month by month
     * in date order: one set of bitsets per site and activity at a time, whatever the number of rows.
     */
    private static List<AttendanceMonth> attendance(ProjectData data, ReportingPeriod period,
                                                    List<YearMonth> months) {
        AttendanceRows rows = data.attendance();
        List<String> sites = data.project().sites();
        List<String> activities = data.project().activities();
        int[] siteCode = sites.stream().mapToInt(rows.sites()::indexOf).toArray();
        int[] activityCode = activities.stream().mapToInt(rows.activities()::indexOf).toArray();
        int siteCodes = rows.sites().size();
        int activityCodes = rows.activities().size();
        DateOrder order = DateOrder.of(new AttendanceColumns(rows, data.project().ageBands()));
        int[] rowNumbers = new int[OrderedRows.BLOCK];
        int[] site = new int[OrderedRows.BLOCK];
        int[] activity = new int[OrderedRows.BLOCK];
        int[] child = new int[OrderedRows.BLOCK];
        int[] session = new int[OrderedRows.BLOCK];
        List<AttendanceMonth> attendance = new ArrayList<>();
        for (YearMonth m : months) {
            long[] attendances = new long[siteCodes * activityCodes];
            BitSet[] sessions = new BitSet[attendances.length];
            BitSet[] children = new BitSet[attendances.length];
            LocalDate start = m.atDay(1).isBefore(period.start()) ? period.start() : m.atDay(1);
            LocalDate end = m.plusMonths(1).atDay(1).isAfter(period.end()) ? period.end() : m.plusMonths(1).atDay(1);
            int to = order.position(end);
            for (int p = order.position(start); p < to; ) {
                int count = 0;
                while (count < OrderedRows.BLOCK && p < to) {
                    rowNumbers[count++] = order.row(p++);
                }
                rows.read(AttendanceRows.Column.SITE, rowNumbers, count, site);
                rows.read(AttendanceRows.Column.ACTIVITY, rowNumbers, count, activity);
                rows.read(AttendanceRows.Column.CHILD, rowNumbers, count, child);
                rows.read(AttendanceRows.Column.SESSION, rowNumbers, count, session);
                for (int k = 0; k < count; k++) {
                    int key = site[k] * activityCodes + activity[k];
                    if (attendances[key]++ == 0) {
                        sessions[key] = new BitSet();
                        children[key] = new BitSet();
                    }
                    sessions[key].set(session[k]);
                    children[key].set(child[k]);
                }
            }
            for (int s = 0; s < sites.size(); s++) {
                for (int a = 0; a < activities.size(); a++) {
                    int key = siteCode[s] < 0 || activityCode[a] < 0 ? -1 : siteCode[s] * activityCodes
                            + activityCode[a];
                    if (key >= 0 && attendances[key] > 0) {
                        attendance.add(new AttendanceMonth(m, sites.get(s), activities.get(a),
                                sessions[key].cardinality(), attendances[key], children[key].cardinality()));
                    }
                }
            }
        }
        return attendance;
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

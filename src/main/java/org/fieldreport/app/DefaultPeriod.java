package org.fieldreport.app;

import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.Expense;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;

/**
 * The period a command reports when none is asked for: the latest project year that holds an outreach night, an
 * attendance or an expense (Year 1 when nothing does), so that a first run shows the newest figures and a monthly
 * job keeps reporting the year in progress without being edited each year.
 */
public final class DefaultPeriod {

    private DefaultPeriod() {
    }

    /** {@code asked} when given, else the key of the latest project year with data ({@code Y2}). */
    public static String orLatestYear(String asked, ProjectData data) {
        return asked != null ? asked : "Y" + latestYear(data);
    }

    static int latestYear(ProjectData data) {
        Project project = data.project();
        int latest = 1;
        for (OutreachNight n : data.nights()) {
            latest = Math.max(latest, project.yearOf(n.date()));
        }
        AttendanceRegister attendance = data.attendance();
        long lastDay = Long.MIN_VALUE;
        for (int row = 0; row < attendance.size(); row++) {
            lastDay = Math.max(lastDay, attendance.day(row));
        }
        if (lastDay != Long.MIN_VALUE) {
            latest = Math.max(latest, project.yearOf(java.time.LocalDate.ofEpochDay(lastDay)));
        }
        for (Expense e : data.expenses()) {
            latest = Math.max(latest, project.yearOf(e.date()));
        }
        return latest;
    }

    /** The first line a run without {@code --period} prints, naming the period for people and how to choose. */
    public static String note(String periodLabel, String periodKey) {
        return "period " + periodKey.replaceFirst("^Y(\\d+)$", "Year $1") + " (" + periodLabel + "), the latest"
                + " project year with data; --period chooses another";
    }
}

package org.fieldreport.validate;

import java.time.LocalDate;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.Expense;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceRef;

/** Every dated row must fall inside a project year; a row outside them belongs to no report and is excluded. */
public final class DatesWithinProject implements RowCheck {

    @Override
    public void check(ProjectData data, Exclusions out) {
        Project p = data.project();
        data.nights().forEach(n -> check(p, n.date(), n.source(), out));
        AttendanceRegister attendance = data.attendance();
        long first = p.start().toEpochDay();
        long last = p.lastDay().toEpochDay();
        for (int row = 0; row < attendance.size(); row++) {
            int day = attendance.day(row);
            if (day < first || day > last) { // only a day outside the project's needs its date made
                check(p, attendance.date(row), SourceRef.row(attendance.file(), attendance.line(row)), out);
            }
        }
        for (Expense e : data.expenses()) {
            long day = e.date().toEpochDay();
            if (day < first || day > last) { // only a row outside the project's days needs its source made
                check(p, e.date(), e.source(), out);
            }
        }
    }

    private static void check(Project p, LocalDate date, SourceRef row, Exclusions out) {
        if (p.yearOf(date) == 0) {
            out.exclude(row.atColumn(0), "outside-project", "date " + date + " is outside every project year ("
                            + p.start() + " to " + p.lastDay() + ")",
                    "check the date, or `start` and `years` in project.yaml");
        }
    }
}

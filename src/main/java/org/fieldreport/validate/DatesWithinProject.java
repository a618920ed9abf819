package org.fieldreport.validate;

import java.time.LocalDate;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceRef;

/** Every dated row must fall inside a project year; a row outside them belongs to no report and is excluded. */
public final class DatesWithinProject implements RowCheck {

    @Override
    public void check(ProjectData data, Exclusions out) {
        Project p = data.project();
        data.nights().forEach(n -> check(p, n.date(), n.source(), out));
        data.attendance().forEach(a -> check(p, a.date(), a.source(), out));
        data.expenses().forEach(e -> check(p, e.date(), e.source(), out));
    }

    private static void check(Project p, LocalDate date, SourceRef row, Exclusions out) {
        if (p.yearOf(date) == 0) {
            out.exclude(row.atColumn(0), "outside-project", "date " + date + " is outside every project year ("
                            + p.start() + " to " + p.lastDay() + ")",
                    "check the date, or `start` and `years` in project.yaml");
        }
    }
}

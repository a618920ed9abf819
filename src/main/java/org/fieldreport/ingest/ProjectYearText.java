package org.fieldreport.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldreport.model.Project;

/**
 * Reads a project year as written in budget and funding files: {@code 1}, {@code Y1} or {@code Year 1}; and, for a
 * project whose years are calendar years (it starts on 1 January, twelve months a year), the calendar year itself:
 * {@code 2019} is Year 1 of a project that starts on 2019-01-01.
 */
final class ProjectYearText {

    private static final Pattern YEAR = Pattern.compile("(?i)(?:y|year\\s*)?(\\d{1,2})");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private ProjectYearText() {
    }

    /** The year number, or 0 (with an error) when the text is not a project year of this project. */
    static int read(RowFields f, String column, Project project) {
        int years = project.years();
        String v = f.required(column);
        if (v.isEmpty()) {
            return 0;
        }
        if (CALENDAR_YEAR.matcher(v).matches()) {
            LocalDate start = project.start();
            if (start.getDayOfYear() != 1 || project.yearMonths() != 12) {
                f.error("bad-year", column, column + " " + f.quoted(v) + " is a calendar year, but project years run"
                        + " from " + start, "write the project year as 1, Y1 or Year 1");
                return 0;
            }
            int n = Integer.parseInt(v) - start.getYear() + 1;
            if (n < 1 || n > years) {
                f.error("bad-year", column, "year " + v + " is outside the project (" + start.getYear() + " to "
                        + (start.getYear() + years - 1) + ")", "check the year, or raise `years` in project.yaml");
                return 0;
            }
            return n;
        }
        Matcher m = YEAR.matcher(v);
        if (!m.matches()) {
            f.error("bad-year", column, column + " " + f.quoted(v) + " is not a project year",
                    "write the project year as 1, Y1 or Year 1");
            return 0;
        }
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > years) {
            f.error("bad-year", column, "project year " + n + " is outside the project (years 1 to " + years + ")",
                    "check the year, or raise `years` in project.yaml");
            return 0;
        }
        return n;
    }
}

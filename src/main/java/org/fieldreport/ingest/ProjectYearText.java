package org.fieldreport.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a project year as written in budget and funding files: {@code 1}, {@code Y1} or {@code Year 1}. */
final class ProjectYearText {

    private static final Pattern YEAR = Pattern.compile("(?i)(?:y|year\\s*)?(\\d{1,2})");

    private ProjectYearText() {
    }

    /** The year number, or 0 (with an error) when the text is not a project year of this project. */
    static int read(RowFields f, String column, int years) {
        String v = f.required(column);
        if (v.isEmpty()) {
            return 0;
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

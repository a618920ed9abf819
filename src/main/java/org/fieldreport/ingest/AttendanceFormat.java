package org.fieldreport.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.Sex;

/**
 * {@code attendance.csv}: one row per child per session. The child code is pseudonymous and is never quoted in a
 * message; a code that looks like a person's name (two or more words of letters, no digit) is refused.
 */
public final class AttendanceFormat implements InputFormat<Attendance> {

    private static final Pattern NAME_LIKE = Pattern.compile("\\p{L}{2,}(\\s+\\p{L}{2,})+");

    private static final List<Column> COLUMNS = List.of(
            Column.required("date", "date", "2019-03-05"),
            Column.required("site", "site", "Stung Mean Chey"),
            Column.required("activity", "activity", "kids_club"),
            Column.optional("session", "text", "SMC-KC-2019-03-05"),
            Column.required("child_code", "pseudonymous code", "SMC-0142"),
            Column.required("sex", "F, M or X", "F"),
            Column.optional("age", "whole years", "9"));

    @Override
    public InputKind kind() {
        return InputKind.ATTENDANCE;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Attendance parse(RowFields f, Project project) {
        f.withoutValues(); // any column of this file could hold a child's code
        var date = f.date("date");
        String site = f.oneOf("site", f.sites(), "site");
        String activity = f.oneOf("activity", f.activities(), "activity");
        String session = f.repeatedText("session");
        String child = f.repeatedText("child_code");
        if (child.isEmpty()) {
            f.error("missing-value", "child_code", "child_code is empty", null);
        } else if (NAME_LIKE.matcher(child).matches()) {
            f.error("personal-data", "child_code", "child_code looks like a person's name (value not shown)",
                    "child data must arrive pseudonymised: use the project's child codes");
        }
        Sex sex = null;
        String s = f.required("sex");
        if (!s.isEmpty()) {
            switch (s.toUpperCase(Locale.ROOT)) {
                case "F", "FEMALE", "GIRL" -> sex = Sex.F;
                case "M", "MALE", "BOY" -> sex = Sex.M;
                case "X" -> sex = Sex.X;
                default -> f.error("bad-sex", "sex", "sex " + f.quoted(s) + " is not F, M or X", null);
            }
        }
        int age = Attendance.UNKNOWN_AGE;
        if (!f.text("age").isEmpty()) {
            age = f.count("age", false);
            if (age > 120) {
                f.error("bad-age", "age", "age " + age + " is not a plausible age", null);
            }
        }
        if (f.hasErrors()) {
            return null;
        }
        if (session.isEmpty()) {
            session = date + "|" + site + "|" + activity;
        }
        return new Attendance(date, site, activity, session, child, sex, age, f.source());
    }
}

package org.fieldreport.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.AttendanceRows;
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

    /**
     * Parses one row into a record; null (with errors recorded in {@code f}) when it cannot be accepted. Reading a
     * whole file goes through {@link #sink} instead, which makes no record per row.
     */
    @Override
    public Attendance parse(RowFields f, Project project) {
        AttendanceRows.Builder one = AttendanceRows.builder(project.file(InputKind.ATTENDANCE).path(),
                project.sites(), project.activities());
        return append(f, one, null) ? one.build().get(0) : null;
    }

    /** Keeps a file's accepted rows as columns (see {@link AttendanceRows}). */
    public RowSink<AttendanceRows> sink(Project project) {
        AttendanceRows.Builder builder = AttendanceRows.builder(project.file(InputKind.ATTENDANCE).path(),
                project.sites(), project.activities());
        Set<String> plainCodes = new HashSet<>();
        return new RowSink<>() {
            private AttendanceRows built;

            @Override
            public boolean accept(RowFields fields) {
                return append(fields, builder, plainCodes);
            }

            @Override
            public AttendanceRows rows() {
                if (built == null) {
                    built = builder.build();
                }
                return built;
            }
        };
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An age written as one to three digits, the common case, read without a decimal; -1 for any other text. */
    private static int plainAge(String text) {
        if (text.length() > 3) {
            return -1;
        }
        int age = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            age = age * 10 + (c - '0');
        }
        return age;
    }

    /**
     * Checks one row and adds it to {@code rows}; false (with errors recorded in {@code f}) when it is refused.
     * {@code plainCodes}, when given, holds the child codes with a space already found not to look like a name, so
     * that each distinct such code is matched against the pattern once.
     */
    private static boolean append(RowFields f, AttendanceRows.Builder rows, Set<String> plainCodes) {
        f.withoutValues(); // any column of this file could hold a child's code
        var date = f.date("date");
        String site = f.oneOf("site", f.sites(), "site");
        String activity = f.oneOf("activity", f.activities(), "activity");
        String session = f.text("session");
        String child = f.text("child_code");
        if (child.isEmpty()) {
            f.error("missing-value", "child_code", "child_code is empty", null);
        } else if (hasSpace(child) && (plainCodes == null || !plainCodes.contains(child))) { // a name has two words
            if (NAME_LIKE.matcher(child).matches()) {
                f.error("personal-data", "child_code", "child_code looks like a person's name (value not shown)",
                        "child data must arrive pseudonymised: use the project's child codes");
            } else if (plainCodes != null) {
                plainCodes.add(child);
            }
        }
        Sex sex = null;
        String s = f.text("sex");
        if (s.isEmpty()) {
            f.error("missing-value", "sex", "sex is empty", null);
        } else {
            switch (s.toUpperCase(Locale.ROOT)) {
                case "F", "FEMALE", "GIRL" -> sex = Sex.F;
                case "M", "MALE", "BOY" -> sex = Sex.M;
                case "X" -> sex = Sex.X;
                default -> f.error("bad-sex", "sex", "sex " + f.quoted(s) + " is not F, M or X", null);
            }
        }
        int age = Attendance.UNKNOWN_AGE;
        String ageText = f.text("age");
        if (!ageText.isEmpty()) {
            age = plainAge(ageText);
            if (age < 0) {
                age = f.count("age", false);
            }
            if (age > 120) {
                f.error("bad-age", "age", "age " + age + " is not a plausible age", null);
            }
        }
        if (f.hasErrors()) {
            return false;
        }
        // An empty session is the date's, site's and activity's one session (the builder derives its key).
        rows.add(date, site, activity, session.isEmpty() ? null : session, child, sex, age, f.line());
        return true;
    }
}

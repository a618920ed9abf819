package org.fieldreport.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.Sex;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

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
    public boolean quotesValues() {
        return false;
    }

    /** Parses one row into a record; null (with errors recorded in {@code f}) when it cannot be accepted. */
    @Override
    public Attendance parse(RowFields f, Project project) {
        return read(f, code -> false);
    }

    /**
     * Keeps a file's accepted rows in a register (see {@link AttendanceRegister}). A child code with a space is
     * checked for looking like a name the first time it is met: the register knows the codes of the rows kept.
     */
    public RowSink<AttendanceRegister> sink(Project project) {
        String file = project.file(InputKind.ATTENDANCE).path();
        AttendanceRegister.Builder builder = AttendanceRegister.builder(file, project.sites(), project.activities());
        Predicate<String> knownCode = builder::knowsChild; // made once, not once a row
        return new RowSink<>() {
            private AttendanceRegister built;

            @Override
            public boolean accept(RowFields fields) {
                Attendance row = read(fields, knownCode);
                if (row == null) {
                    builder.refused(fields.text("child_code"));
                    return false;
                }
                if (builder.size() == AttendanceRegister.MAX_ROWS) {
                    throw new FieldReportException(ExitCode.USAGE, String.format(Locale.ROOT,
                            "%s: more than %,d accepted rows, the most one attendance file can hold; keep fewer "
                                    + "years of attendance in it", file, AttendanceRegister.MAX_ROWS));
                }
                builder.add(row);
                return true;
            }

            @Override
            public AttendanceRegister rows() {
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

    /**
     * Checks one row and makes its record; null (with errors recorded in {@code f}) when it is refused. A child code
     * that {@code knownCode} accepts was checked before and is not checked again.
     */
    private static Attendance read(RowFields f, Predicate<String> knownCode) {
        f.withoutValues(); // any column of this file could hold a child's code
        LocalDate date = f.date("date");
        String site = f.oneOf("site", f.sites(), "site");
        String activity = f.oneOf("activity", f.activities(), "activity");
        String session = f.text("session");
        String child = f.text("child_code");
        // A name has two words: a code without a space is plain; one with a space is matched once, when first met.
        if (child.isEmpty()) {
            f.error("missing-value", "child_code", "child_code is empty", null);
        } else if (hasSpace(child) && !knownCode.test(child) && NAME_LIKE.matcher(child).matches()) {
            f.error("personal-data", "child_code", "child_code looks like a person's name (value not shown)",
                    "child data must arrive pseudonymised: use the project's child codes");
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
        if (!f.text("age").isEmpty()) {
            age = f.count("age", false);
            if (age > 120) {
                f.error("bad-age", "age", "age " + age + " is not a plausible age", null);
            }
        }
        if (f.hasErrors()) {
            return null;
        }
        // An empty session is the one session of the date, site and activity.
        String sessionKey = session.isEmpty() ? date + "|" + site + "|" + activity : session;
        return new Attendance(date, site, activity, sessionKey, child, sex, age, f.source());
    }
}

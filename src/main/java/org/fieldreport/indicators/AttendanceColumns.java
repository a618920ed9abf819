package org.fieldreport.indicators;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.AgeBands;
import org.fieldreport.model.Attendance;
import org.fieldreport.model.AttendanceRows;
import org.fieldreport.model.AttendanceRows.Column;

/**
 * Attendance as the engine reads it: a view of the columns of {@link AttendanceRows}, whose site, activity, child
 * and session are codes already. Sex reads as F, M or X (a row without one as X); the age band is derived from the
 * age through a table.
 */
final class AttendanceColumns implements SourceRows {

    private static final List<String> SEXES = List.of("F", "M", "X");

    private final AttendanceRows rows;
    private final CodedColumn site;
    private final CodedColumn activity;
    private final CodedColumn sex;
    private final CodedColumn ageBand;
    private final CodedColumn child;
    private final CodedColumn session;

    AttendanceColumns(AttendanceRows rows, List<Integer> ageBounds) {
        this.rows = rows;
        this.site = new Listed(rows, Column.SITE, rows.sites());
        this.activity = new Listed(rows, Column.ACTIVITY, rows.activities());
        this.child = new Listed(rows, Column.CHILD, rows.childCodes());
        this.session = new Listed(rows, Column.SESSION, rows.sessions());
        this.sex = new Listed(rows, Column.SEX, SEXES, new int[] {0, 1, 2, 2}, 0);
        List<String> bands = new ArrayList<>(AgeBands.labels(ageBounds));
        bands.add(AgeBands.UNKNOWN);
        int[] bandOfAge = new int[256]; // by age + 1, so that an unknown age is 0
        for (int i = 0; i < bandOfAge.length; i++) {
            bandOfAge[i] = bands.indexOf(AgeBands.of(ageBounds, i - 1));
        }
        this.ageBand = new Listed(rows, Column.AGE, bands, bandOfAge, -Attendance.UNKNOWN_AGE);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public int day(int row) {
        return rows.day(row);
    }

    @Override
    public CodedColumn text(String column) {
        return switch (column) {
            case "site" -> site;
            case "activity" -> activity;
            case "sex" -> sex;
            case "age_band" -> ageBand;
            case "child_code" -> child;
            case "session" -> session;
            default -> null;
        };
    }

    @Override
    public NumberColumn number(String column) {
        return null;
    }

    /**
     * A column whose codes stand for the texts of a list: the rows' own values, or, with a table, the rows' values
     * (plus {@code shift}) mapped through it.
     */
    private record Listed(AttendanceRows rows, Column column, List<String> labels, int[] table, int shift)
            implements CodedColumn {

        Listed(AttendanceRows rows, Column column, List<String> labels) {
            this(rows, column, labels, null, 0);
        }

        @Override
        public int codes() {
            return labels.size();
        }

        @Override
        public String label(int code) {
            return labels.get(code);
        }

        @Override
        public int codeOf(String label) {
            return labels.indexOf(label);
        }

        @Override
        public void read(int[] rowNumbers, int count, int[] codes) {
            rows.read(column, rowNumbers, count, codes);
            if (table != null) {
                for (int k = 0; k < count; k++) {
                    codes[k] = table[codes[k] + shift];
                }
            }
        }
    }
}

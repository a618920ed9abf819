package org.fieldreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Attendance held as columns: what goes in comes out, row by row, however the chunks are packed. */
class AttendanceRowsTest {

    private static final String FILE = "data/attendance.csv";

    private static Attendance visit(String date, String site, String activity, String session, String child, Sex sex,
                                    int age, int line) {
        return new Attendance(LocalDate.parse(date), site, activity, session, child, sex, age,
                SourceRef.row(FILE, line));
    }

    private static final List<Attendance> ROWS = List.of(
            visit("2019-01-09", "Riverfront", "kids_club", "S3", "C1", Sex.F, 9, 2),
            visit("2018-12-05", "Riverfront", "kids_club", "S1", "C2", Sex.M, 12, 3),
            visit("2019-03-02", "Stung Mean Chey", "arts", "S6", "C5", Sex.X, Attendance.UNKNOWN_AGE, 5),
            visit("2019-03-02", "Stung Mean Chey", "arts", "S6", "C1", Sex.F, 0, 6),
            visit("2018-12-05", "Riverfront", "kids_club", "S1", "C1", null, 120, 9));

    @Test
    void aListOfRecordsComesBackRowByRow() {
        AttendanceRows rows = AttendanceRows.of(ROWS);

        assertThat(rows.size()).isEqualTo(5);
        assertThat(rows.file()).isEqualTo(FILE);
        assertThat(rows.records()).containsExactlyElementsOf(ROWS);
        assertThat(rows.get(2)).isEqualTo(ROWS.get(2));
        assertThat(rows.get(4).sex()).isNull();
        assertThatThrownBy(() -> rows.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void childCodesAndSessionsAreNumberedOncePerDistinctValue() {
        AttendanceRows rows = AttendanceRows.of(ROWS);

        assertThat(rows.childCodes()).containsExactly("C1", "C2", "C5");
        assertThat(rows.sessions()).containsExactly("S3", "S1", "S6");
        assertThat(List.of(rows.child(0), rows.child(3), rows.child(4))).containsOnly(0);
        assertThat(rows.session(1)).isEqualTo(rows.session(4));
        assertThat(rows.sites()).containsExactly("Riverfront", "Stung Mean Chey");
        assertThat(rows.site(2)).isEqualTo(1);
        assertThat(rows.day(1)).isEqualTo(LocalDate.parse("2018-12-05").toEpochDay());
        assertThat(rows.line(4)).isEqualTo(9);
    }

    @Test
    void rowsAddedWithTheCallersNumbersHoldTheirOwnTextsEvenWhenANumberIsReused() {
        AttendanceRows.Builder b = AttendanceRows.builder(FILE, List.of(), List.of());
        int[] childKeys = {0, 1, 2, 0, 0};
        int[] sessionKeys = {0, 1, 2, 2, 1};
        for (int i = 0; i < ROWS.size(); i++) {
            Attendance a = ROWS.get(i);
            b.add(a.date(), a.site(), a.activity(), a.session(), sessionKeys[i], a.childCode(), childKeys[i],
                    a.sex(), a.age(), a.source().line());
        }
        // key 2 of the child codes stands for C5, then key 0 for C1 again; a wrong number costs only time
        b.add(LocalDate.parse("2019-03-02"), "Riverfront", "arts", "S9", 0, "C7", 2, Sex.M, 7, 11);
        b.add(LocalDate.parse("2019-03-02"), "Riverfront", "arts", "S1", 0, "C1", 2, Sex.M, 7, 12);
        AttendanceRows rows = b.build();

        assertThat(rows.records().subList(0, 5)).containsExactlyElementsOf(ROWS);
        assertThat(rows.childCodes()).containsExactly("C1", "C2", "C5", "C7");
        assertThat(rows.sessions()).containsExactly("S3", "S1", "S6", "S9");
        assertThat(rows.get(5).childCode()).isEqualTo("C7");
        assertThat(rows.get(6).childCode()).isEqualTo("C1");
        assertThat(rows.session(6)).isEqualTo(rows.session(1));
    }

    @Test
    void sitesAndActivitiesAreCodedAsIndexesOfTheProjectsLists() {
        AttendanceRows rows = AttendanceRows.builder(FILE, List.of("Stung Mean Chey", "Riverfront"),
                        List.of("outreach", "arts", "kids_club"))
                .add(ROWS.get(0)).add(ROWS.get(2)).build();

        assertThat(rows.site(0)).isEqualTo(1);
        assertThat(rows.activity(0)).isEqualTo(2);
        assertThat(rows.site(1)).isEqualTo(0);
        assertThat(rows.activity(1)).isEqualTo(1);
        assertThat(rows.records()).containsExactly(ROWS.get(0), ROWS.get(2));
    }

    @Test
    void aSessionTheExportDidNotNameIsTheDatesSitesAndActivitys() {
        AttendanceRows rows = AttendanceRows.builder(FILE, List.of("Riverfront"), List.of("kids_club"))
                .add(LocalDate.parse("2019-03-05"), "Riverfront", "kids_club", null, "C1", Sex.F, 9, 2)
                .add(LocalDate.parse("2019-03-05"), "Riverfront", "kids_club", null, "C2", Sex.M, 9, 3)
                .add(LocalDate.parse("2019-03-06"), "Riverfront", "kids_club", null, "C1", Sex.F, 9, 4)
                .add(LocalDate.parse("2019-03-06"), "Riverfront", "kids_club", "2019-03-05|Riverfront|kids_club",
                        "C3", Sex.F, 9, 5)
                .build();

        assertThat(rows.get(0).session()).isEqualTo("2019-03-05|Riverfront|kids_club");
        assertThat(rows.sessions()).containsExactly("2019-03-05|Riverfront|kids_club",
                "2019-03-06|Riverfront|kids_club");
        assertThat(rows.session(3)).isEqualTo(rows.session(0));
    }

    @Test
    void removingExcludedLinesKeepsTheOrderAndTheNumbers() {
        AttendanceRows rows = AttendanceRows.of(ROWS);

        AttendanceRows kept = rows.without(line -> line == 3 || line == 6);

        assertThat(kept.records()).containsExactly(ROWS.get(0), ROWS.get(2), ROWS.get(4));
        assertThat(kept.childCodes()).isEqualTo(rows.childCodes());
        assertThat(kept.child(2)).isEqualTo(rows.child(4));
        assertThat(rows.without(line -> false)).isSameAs(rows);
        assertThat(rows.without(line -> true).size()).isZero();
    }

    @Test
    void manyChunksOfEveryPackingReadBackExactly() {
        // Rows in date order with a few values (one byte a row), a jump of years and lines far apart (two bytes or
        // full ints), children at random (full ints): more than three chunks of them.
        SplittableRandom random = new SplittableRandom(7);
        List<String> sites = List.of("A", "B", "C");
        List<String> activities = List.of("kids_club", "arts");
        AttendanceRows.Builder builder = AttendanceRows.builder(FILE, sites, activities);
        List<Attendance> expected = new ArrayList<>();
        LocalDate day = LocalDate.parse("2018-12-01");
        int line = 1;
        int rows = 3 * AttendanceRows.CHUNK + 1234;
        for (int i = 0; i < rows; i++) {
            if (i % 500 == 0) {
                day = day.plusDays(1);
            }
            LocalDate date = i % 70_001 == 0 ? LocalDate.parse("1970-01-01").plusDays(random.nextInt(40_000)) : day;
            line += i < AttendanceRows.CHUNK ? 1 : i < 2 * AttendanceRows.CHUNK ? 1 + random.nextInt(3)
                    : 1 + random.nextInt(100_000);
            Sex sex = Sex.values()[random.nextInt(3)];
            int age = random.nextInt(10) == 0 ? Attendance.UNKNOWN_AGE : random.nextInt(121);
            Attendance a = new Attendance(date, sites.get(random.nextInt(3)), activities.get(random.nextInt(2)),
                    "S" + (i / 40), "C" + random.nextInt(200_000), sex, age, SourceRef.row(FILE, line));
            builder.add(a);
            expected.add(a);
        }

        AttendanceRows built = builder.build();

        assertThat(built.size()).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            if (!built.get(i).equals(expected.get(i))) {
                assertThat(built.get(i)).as("row " + i).isEqualTo(expected.get(i));
            }
        }
        int[] which = {0, AttendanceRows.CHUNK - 1, AttendanceRows.CHUNK, rows - 1};
        int[] lines = new int[which.length];
        built.read(AttendanceRows.Column.LINE, which, which.length, lines);
        for (int k = 0; k < which.length; k++) {
            assertThat(lines[k]).isEqualTo(expected.get(which[k]).source().line());
        }
    }

    @Test
    void aBuilderTakesNoRowsOnceBuilt() {
        AttendanceRows.Builder builder = AttendanceRows.builder(FILE, List.of(), List.of()).add(ROWS.get(0));
        builder.build();

        assertThatThrownBy(() -> builder.add(ROWS.get(1))).isInstanceOf(IllegalStateException.class);
    }
}

package org.fieldreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The attendance register: what goes in comes out, row by row, with each distinct text indexed once. */
class AttendanceRegisterTest {

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
            visit("2018-12-05", "Riverfront", "kids_club", "S1", "C1", Sex.M, 120, 9));

    @Test
    void aListOfRecordsComesBackRowByRow() {
        AttendanceRegister register = AttendanceRegister.of(ROWS);

        assertThat(register.size()).isEqualTo(5);
        assertThat(register.file()).isEqualTo(FILE);
        assertThat(register.records()).containsExactlyElementsOf(ROWS);
        assertThat(register.get(2)).isEqualTo(ROWS.get(2));
        assertThatThrownBy(() -> register.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> register.records().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void childCodesAndSessionsAreIndexedOncePerDistinctText() {
        AttendanceRegister register = AttendanceRegister.of(ROWS);

        assertThat(register.childCodes()).containsExactly("C1", "C2", "C5");
        assertThat(register.sessions()).containsExactly("S3", "S1", "S6");
        assertThat(List.of(register.child(0), register.child(3), register.child(4))).containsOnly(0);
        assertThat(register.session(1)).isEqualTo(register.session(4)).isEqualTo(1);
        assertThat(register.sites()).containsExactly("Riverfront", "Stung Mean Chey");
        assertThat(register.site(2)).isEqualTo(1);
        assertThat(register.day(1)).isEqualTo(LocalDate.parse("2018-12-05").toEpochDay());
        assertThat(register.line(4)).isEqualTo(9);
        assertThat(register.sex(2)).isEqualTo(Sex.X);
        assertThat(register.age(2)).isEqualTo(Attendance.UNKNOWN_AGE);
        assertThat(register.column(AttendanceRegister.Column.AGE).get(4)).isEqualTo(120);
    }

    @Test
    void theBuilderKnowsTheChildCodesOfTheRowsAdded() {
        AttendanceRegister.Builder builder = AttendanceRegister.builder(FILE, List.of(), List.of()).add(ROWS.get(0));

        assertThat(builder.knowsChild("C1")).isTrue();
        assertThat(builder.knowsChild("C2")).isFalse();
        assertThat(builder.size()).isEqualTo(1);
    }

    @Test
    void sitesAndActivitiesAreIndexesOfTheProjectsLists() {
        AttendanceRegister register = AttendanceRegister.builder(FILE, List.of("Stung Mean Chey", "Riverfront"),
                        List.of("outreach", "arts", "kids_club"))
                .add(ROWS.get(0)).add(ROWS.get(2)).build();

        assertThat(register.site(0)).isEqualTo(1);
        assertThat(register.activity(0)).isEqualTo(2);
        assertThat(register.site(1)).isEqualTo(0);
        assertThat(register.activity(1)).isEqualTo(1);
        assertThat(register.records()).containsExactly(ROWS.get(0), ROWS.get(2));
    }

    @Test
    void thousandsOfActivitiesKeepTheirOwnIndexes() {
        // 1,024 and more activities once overflowed into the site of a packed row; plain columns hold any index.
        List<String> activities = IntStream.range(0, 5_000).mapToObj(i -> "activity_" + i).toList();
        List<String> sites = IntStream.range(0, 5_000).mapToObj(i -> "site_" + i).toList();
        AttendanceRegister.Builder builder = AttendanceRegister.builder(FILE, sites, activities);
        for (int i : new int[] {0, 1_023, 1_024, 1_025, 4_096, 4_999}) {
            builder.add(new Attendance(LocalDate.parse("2019-01-09"), "site_" + (4_999 - i), "activity_" + i, "S" + i,
                    "C" + i, Sex.F, 9, SourceRef.row(FILE, i + 2)));
        }
        AttendanceRegister register = builder.build();

        assertThat(register.records()).extracting(Attendance::activity).containsExactly("activity_0",
                "activity_1023", "activity_1024", "activity_1025", "activity_4096", "activity_4999");
        assertThat(register.records()).extracting(Attendance::site).containsExactly("site_4999", "site_3976",
                "site_3975", "site_3974", "site_903", "site_0");
        assertThat(register.activity(2)).isEqualTo(1_024);
        assertThat(register.site(2)).isEqualTo(3_975);
    }

    @Test
    void removingExcludedLinesKeepsTheOrderAndTheTexts() {
        AttendanceRegister register = AttendanceRegister.of(ROWS);

        AttendanceRegister kept = register.without(line -> line == 3 || line == 6);

        assertThat(kept.records()).containsExactly(ROWS.get(0), ROWS.get(2), ROWS.get(4));
        assertThat(kept.childCodes()).isEqualTo(register.childCodes());
        assertThat(kept.child(2)).isEqualTo(register.child(4));
        assertThat(register.without(line -> false)).isSameAs(register);
        assertThat(register.without(line -> true).size()).isZero();
    }

    @Test
    void manyBlocksOfRowsReadBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> sites = List.of("A", "B", "C");
        List<String> activities = List.of("kids_club", "arts");
        AttendanceRegister.Builder builder = AttendanceRegister.builder(FILE, sites, activities);
        List<Attendance> expected = new ArrayList<>();
        int rows = 3 * IntColumn.BLOCK + 1234;
        int line = 1;
        for (int i = 0; i < rows; i++) {
            LocalDate date = LocalDate.parse("1970-01-01").plusDays(random.nextInt(40_000));
            line += 1 + random.nextInt(100_000);
            int age = random.nextInt(10) == 0 ? Attendance.UNKNOWN_AGE : random.nextInt(121);
            Attendance a = new Attendance(date, sites.get(random.nextInt(3)), activities.get(random.nextInt(2)),
                    "S" + (i / 40), "C" + random.nextInt(200_000), Sex.values()[random.nextInt(3)], age,
                    SourceRef.row(FILE, line));
            builder.add(a);
            expected.add(a);
        }

        AttendanceRegister built = builder.build();

        assertThat(built.size()).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            if (!built.get(i).equals(expected.get(i))) {
                assertThat(built.get(i)).as("row " + i).isEqualTo(expected.get(i));
            }
        }
        for (int i : new int[] {0, IntColumn.BLOCK - 1, IntColumn.BLOCK, rows - 1}) {
            assertThat(built.column(AttendanceRegister.Column.LINE).get(i)).isEqualTo(expected.get(i).source().line());
        }
        assertThatThrownBy(() -> built.column(AttendanceRegister.Column.DAY).get(rows))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSessionIdMetOnAnotherDateOrSiteKeepsEachRowsOwnDateAndSite() {
        // Rows share an occasion (date, site, activity, session) only when all four are the same.
        List<Attendance> rows = List.of(
                visit("2019-01-09", "Riverfront", "kids_club", "S1", "C1", Sex.F, 9, 2),
                visit("2019-01-10", "Riverfront", "kids_club", "S1", "C2", Sex.M, 10, 3),
                visit("2019-01-10", "Stung Mean Chey", "kids_club", "S1", "C3", Sex.F, 11, 4),
                visit("2019-01-10", "Stung Mean Chey", "arts", "S1", "C4", Sex.X, 12, 5),
                visit("2019-01-09", "Riverfront", "kids_club", "S1", "C5", Sex.F, 13, 6));
        AttendanceRegister register = AttendanceRegister.of(rows);

        assertThat(register.records()).containsExactlyElementsOf(rows);
        assertThat(register.sessions()).containsExactly("S1");
        int[] days = new int[5];
        register.column(AttendanceRegister.Column.DAY).copy(0, 5, days);
        int d = (int) LocalDate.parse("2019-01-09").toEpochDay();
        assertThat(days).containsExactly(d, d + 1, d + 1, d + 1, d);
        int[] sites = new int[5];
        register.column(AttendanceRegister.Column.SITE).copy(0, 5, sites);
        assertThat(sites).containsExactly(0, 0, 1, 1, 0);
    }

    @Test
    void anAgeBeyondAByteIsRefusedNotCut() {
        AttendanceRegister.Builder builder = AttendanceRegister.builder(FILE, List.of(), List.of());

        assertThatThrownBy(() -> builder.add(visit("2019-01-09", "A", "arts", "S1", "C1", Sex.F, 200, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
    }

    @Test
    void aBuilderTakesNoRowsOnceBuilt() {
        AttendanceRegister.Builder builder = AttendanceRegister.builder(FILE, List.of(), List.of()).add(ROWS.get(0));
        builder.build();

        assertThatThrownBy(() -> builder.add(ROWS.get(1))).isInstanceOf(IllegalStateException.class);
    }
}

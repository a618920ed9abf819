package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fieldreport.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields read from a row's bytes give what reading them as text gives: the same values however they are spaced,
 * spelled or quoted, the same problems when they are wrong, and one copy of each repeated value.
 */
class RowFieldsTest {

    @TempDir
    Path folder;

    private final List<Problem> problems = new ArrayList<>();

    /** Reads an attendance-shaped file and applies {@code read} to each data row's fields. */
    private <T> List<T> read(String text, Function<RowFields, T> read) throws Exception {
        Path file = folder.resolve("attendance.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        KnownNames sites = new KnownNames(List.of("Riverfront", "Stung Mean Chey"));
        KnownNames activities = new KnownNames(List.of("kids_club", "Arts"));
        DateText dates = new DateText(ZoneId.of("UTC"), null);
        RepeatedText repeated = new RepeatedText();
        List<T> out = new ArrayList<>();
        HeaderMatch[] header = new HeaderMatch[1];
        new CsvInput(file, "attendance.csv", StandardCharsets.UTF_8, null, ReadProgress.NONE, 16, 8).read(row -> {
            if (header[0] == null) {
                header[0] = HeaderMatch.of("attendance.csv", row.line(), row.values(),
                        InputFormats.ATTENDANCE.columns(), Map.of(), problems);
            } else {
                out.add(read.apply(new RowFields("attendance.csv", row, header[0], dates, problems, sites,
                        activities, repeated)));
            }
        });
        return out;
    }

    private record Attendance(LocalDate date, String site, String activity, String session, String child, int age) {
    }

    private static Attendance attendance(RowFields f) {
        return new Attendance(f.date("date"), f.oneOf("site", f.sites(), "site"),
                f.oneOf("activity", f.activities(), "activity"), f.repeatedText("session"),
                f.repeatedText("child_code"), f.count("age", false));
    }

    @Test
    void valuesAreTheSameHoweverTheyAreSpacedSpelledOrQuoted() throws Exception {
        List<Attendance> rows = read("""
                date,site,activity,session,child_code,sex,age
                2019-03-05,Riverfront,kids_club,S1,C-1,F,9
                 2019-03-05 ," riverfront ",Kids Club, S1 ,"C-1 ",F, 12
                2019-03-06,STUNG MEAN CHEY,kids-club,S1\u3000,\u3000C-1,M,007
                2019-03-06,stung_mean_chey,arts,"S""2",C-2,M,
                """, RowFieldsTest::attendance);

        assertThat(problems).isEmpty();
        assertThat(rows).containsExactly(
                new Attendance(LocalDate.of(2019, 3, 5), "Riverfront", "kids_club", "S1", "C-1", 9),
                new Attendance(LocalDate.of(2019, 3, 5), "Riverfront", "kids_club", "S1", "C-1", 12),
                new Attendance(LocalDate.of(2019, 3, 6), "Stung Mean Chey", "kids_club", "S1", "C-1", 7),
                new Attendance(LocalDate.of(2019, 3, 6), "Stung Mean Chey", "Arts", "S\"2", "C-2", 0));
        assertThat(rows.get(1).child()).isSameAs(rows.get(0).child()).isSameAs(rows.get(2).child());
        assertThat(rows.get(1).session()).isSameAs(rows.get(0).session());
        assertThat(rows.get(1).date()).isSameAs(rows.get(0).date());
    }

    @Test
    void wrongFieldsGiveTheirProblemsAtTheirColumn() throws Exception {
        read("""
                date,site,activity,session,child_code,sex,age
                2019-02-30,Rivrfront,kids_club,S1,C-1,F,9x
                ,Riverfront,Arts,S1,C-1,F,-3
                2019-03-05,Riverfront,Arts,S1,C-1,F,1.5
                """, RowFieldsTest::attendance);

        assertThat(problems).extracting(Problem::format).containsExactly(
                "attendance.csv:2:1: error: date \"2019-02-30\" is not a calendar date; check the day and the month",
                "attendance.csv:2:2: error: site \"Rivrfront\" is not in the project; did you mean \"Riverfront\"?",
                "attendance.csv:2:7: error: age \"9x\" is not a number",
                "attendance.csv:3:1: error: date is empty",
                "attendance.csv:3:7: error: age is negative (-3); a count cannot be below 0",
                "attendance.csv:4:7: error: age \"1.5\" is not a whole number");
    }

    @Test
    void manyRepeatedValuesKeepOneCopyEach() throws Exception {
        StringBuilder text = new StringBuilder("date,site,activity,session,child_code,sex,age\n");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3000; i++) {
                text.append("2019-03-05,Riverfront,Arts,session-with-a-long-name-").append(i % 700)
                        .append(",C").append(i).append(",F,9\n");
            }
        }
        List<Attendance> rows = read(text.toString(), RowFieldsTest::attendance);

        assertThat(problems).isEmpty();
        for (int i = 0; i < 3000; i++) {
            assertThat(rows.get(i).child()).isEqualTo("C" + i).isSameAs(rows.get(3000 + i).child());
            assertThat(rows.get(i).session()).isEqualTo("session-with-a-long-name-" + i % 700)
                    .isSameAs(rows.get(i % 700).session());
        }
    }
}

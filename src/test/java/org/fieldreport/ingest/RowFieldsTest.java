package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldreport.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The fields of a row, read by column: the same values however they are spaced or spelled, and each wrong field a
 * problem at its line and column, quoting the value only where values may be shown.
 */
class RowFieldsTest {

    private static final String[] HEADER = {"date", "site", "activity", "session", "child_code", "sex", "age"};

    private final List<Problem> problems = new ArrayList<>();
    private final RowFields.FileContext context = new RowFields.FileContext("attendance.csv",
            HeaderMatch.of("attendance.csv", 1, HEADER, InputFormats.ATTENDANCE.columns(), Map.of(), problems),
            new DateText(ZoneId.of("UTC"), null), new KnownNames(List.of("Riverfront", "Stung Mean Chey")),
            new KnownNames(List.of("kids_club", "Arts")), problems);

    private RowFields row(int line, String... values) {
        return new RowFields(context, line, values);
    }

    private record Attendance(LocalDate date, String site, String activity, String session, String child, int age) {
    }

    private static Attendance attendance(RowFields f) {
        return new Attendance(f.date("date"), f.oneOf("site", f.sites(), "site"),
                f.oneOf("activity", f.activities(), "activity"), f.text("session"), f.text("child_code"),
                f.count("age", false));
    }

    @Test
    void valuesAreTheSameHoweverTheyAreSpacedOrSpelled() {
        List<Attendance> rows = List.of(
                attendance(row(2, "2019-03-05", "Riverfront", "kids_club", "S1", "C-1", "F", "9")),
                attendance(row(3, " 2019-03-05 ", " riverfront ", "Kids Club", " S1 ", "C-1 ", "F", " 12")),
                attendance(row(4, "2019-03-06", "STUNG MEAN CHEY", "kids-club", "S1\u3000", "\u3000C-1", "M", "007")),
                attendance(row(5, "2019-03-06", "stung_mean_chey", "arts", "S\"2", "C-2", "M", "")));

        assertThat(problems).isEmpty();
        assertThat(rows).containsExactly(
                new Attendance(LocalDate.of(2019, 3, 5), "Riverfront", "kids_club", "S1", "C-1", 9),
                new Attendance(LocalDate.of(2019, 3, 5), "Riverfront", "kids_club", "S1", "C-1", 12),
                new Attendance(LocalDate.of(2019, 3, 6), "Stung Mean Chey", "kids_club", "S1", "C-1", 7),
                new Attendance(LocalDate.of(2019, 3, 6), "Stung Mean Chey", "Arts", "S\"2", "C-2", 0));
    }

    @Test
    void aFieldAfterLineEndsInsideQuotesIsOnItsOwnPhysicalLine() {
        // the record starts on line 7; its session holds an LF and a CRLF, its child code a lone CR
        RowFields f = row(7, "2019-03-05", "Riverfront", "kids_club", "S1\nnight\r\nteam", "C-1\r2", "Q", "9");
        assertThat(f.at("date")).isEqualTo(new org.fieldreport.model.SourceRef("attendance.csv", 7, 1));
        assertThat(f.at("session")).isEqualTo(new org.fieldreport.model.SourceRef("attendance.csv", 7, 4));
        assertThat(f.at("child_code")).isEqualTo(new org.fieldreport.model.SourceRef("attendance.csv", 9, 5));
        assertThat(f.at("sex")).isEqualTo(new org.fieldreport.model.SourceRef("attendance.csv", 10, 6));
    }

    @Test
    void wrongFieldsGiveTheirProblemsAtTheirColumn() {
        RowFields first = row(2, "2019-02-30", "Rivrfront", "kids_club", "S1", "C-1", "F", "9x");
        attendance(first);
        attendance(row(3, "", "Riverfront", "Arts", "S1", "C-1", "F", "-3"));
        RowFields hidden = row(4, "2019-03-05", "Riverfront", "Arts", "S1", "C-1", "F", "1.5").withoutValues();
        attendance(hidden);
        RowFields fine = row(5, "2019-03-05", "Riverfront", "Arts", "S1", "C-1", "F", "10");
        attendance(fine);

        assertThat(problems).extracting(Problem::format).containsExactly(
                "attendance.csv:2:1: error: date \"2019-02-30\" is not a calendar date; check the day and the month",
                "attendance.csv:2:2: error: site \"Rivrfront\" is not in the project; did you mean \"Riverfront\"?",
                "attendance.csv:2:7: error: age \"9x\" is not a number",
                "attendance.csv:3:1: error: date is empty",
                "attendance.csv:3:7: error: age is negative (-3); a count cannot be below 0",
                "attendance.csv:4:7: error: age (value not shown) is not a whole number");
        assertThat(first.hasErrors()).isTrue();
        assertThat(hidden.hasErrors()).isTrue();
        assertThat(fine.hasErrors()).as("each row has its own errors").isFalse();
    }

    @Test
    void countsReadTheSameWhetherPlainDigitsOrAnyOtherFormOfAWholeNumber() {
        int[] ages = new int[7];
        String[] written = {"9", "007", "999999999", "1,200", "12.0", "1000000000", " 4 "};
        for (int i = 0; i < written.length; i++) {
            ages[i] = row(2 + i, "2019-03-05", "Riverfront", "kids_club", "S1", "C-1", "F", written[i])
                    .count("age", false);
        }

        assertThat(ages).containsExactly(9, 7, 999_999_999, 1_200, 12, 1_000_000_000, 4);
        assertThat(row(9, "2019-03-05", "Riverfront", "kids_club", "S1", "C-1", "F", "3.5").count("age", false))
                .isZero();
        assertThat(problems).extracting(Problem::format)
                .containsExactly("attendance.csv:9:7: error: age \"3.5\" is not a whole number");
    }

    @Test
    void anInvisibleCharacterIsFoundInAnyColumnAndAPlainRowHasNone() {
        RowFields plain = row(2, "2019-03-05", "Riverfront", "kids_club", "S1", "C-1", "F", "9");
        RowFields khmer = row(3, "2019-03-05", "Riverfront", "kids_club", "\u179f\u17b6\u179b\u17b6", "C-1", "F", "9");
        RowFields hidden = row(4, "2019-03-05", "Riverfront", "kids_club", "S1", "C-\u202e1", "F", "9");

        assertThat(plain.refuseInvisibleCharacters()).isFalse();
        assertThat(khmer.refuseInvisibleCharacters()).isFalse();
        assertThat(hidden.refuseInvisibleCharacters()).isTrue();
        assertThat(problems).extracting(Problem::code).containsExactly("invisible-character");
    }

    @Test
    void aRowShorterThanTheHeaderReadsItsMissingFieldsAsEmpty() {
        RowFields f = row(7, "2019-03-05", "Riverfront");

        assertThat(f.text("child_code")).isEmpty();
        assertThat(f.count("age", true)).isZero();
        assertThat(problems).extracting(Problem::format)
                .containsExactly("attendance.csv:7:7: error: age is empty; write 0 when there were none");
    }

    @Test
    void amountsAreExactAndBoundedAndNumbersNeverGuessed() {
        List<Problem> found = new ArrayList<>();
        RowFields.FileContext expenses = new RowFields.FileContext("expenses.csv",
                HeaderMatch.of("expenses.csv", 1, new String[] {"date", "line_code", "amount", "reference"},
                        InputFormats.EXPENSES.columns(), Map.of(), found),
                new DateText(ZoneId.of("UTC"), null), new KnownNames(List.of()), new KnownNames(List.of()), found);

        assertThat(new RowFields(expenses, 2, new String[] {"2019-03-05", "P1", " 1,234.50 ", "R1"}).amount("amount"))
                .isEqualTo(new BigDecimal("1234.50"));
        assertThat(new RowFields(expenses, 3, new String[] {"2019-03-05", "P1", "12,5", "R2"}).amount("amount"))
                .isNull();
        assertThat(new RowFields(expenses, 4, new String[] {"2019-03-05", "P1", "10000000000000", "R3"})
                .amount("amount")).isNull();
        assertThat(found).extracting(Problem::format).containsExactly(
                "expenses.csv:3:3: error: amount \"12,5\" is not a number; " + MoneyText.ACCEPTED
                        + "; if the export writes decimal commas, set decimal: comma for this file in project.yaml",
                "expenses.csv:4:3: error: amount \"10000000000000\" is too large: amounts up to"
                        + " 9,999,999,999,999.99 are supported; check for a missing decimal point or stray digits");
    }
}

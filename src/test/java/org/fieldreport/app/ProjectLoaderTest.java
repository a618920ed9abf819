package org.fieldreport.app;

import static org.fieldreport.ProjectCopy.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.ProjectData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    private static final Path ERRORS = Path.of("src/test/resources/errors");

    @TempDir
    Path temp;

    private ProjectData load(String errorCase) throws IOException {
        Path project = temp.resolve(errorCase);
        copy(ERRORS.resolve("_base"), project);
        copy(ERRORS.resolve(errorCase), project);
        return ProjectLoader.load(project).data();
    }

    @Test
    void readsARealWorldExportWithBomSemicolonsCrlfHxlAndQuotedNewlines() throws IOException {
        ProjectData d = load("real-export");
        assertThat(d.attendance().size()).isEqualTo(2);
        assertThat(d.attendance().get(0).session()).isEqualTo("S1; evening");
        assertThat(d.attendance().get(1).session()).isEqualTo("S1;\r\nevening");
        assertThat(d.attendance().get(1).age()).isEqualTo(11);
        assertThat(d.attendance().get(1).source().line()).isEqualTo(4);
        assertThat(d.nights()).hasSize(1);
        assertThat(d.nights().get(0).childrenContacted()).isEqualTo(12);
        assertThat(d.source(InputKind.ATTENDANCE).rowsRead()).isEqualTo(2);
    }

    @Test
    void mapsKoboGroupPathsAndCountsARowExportedTwiceOnce() throws IOException {
        ProjectData d = load("kobo-export");
        assertThat(d.nights()).extracting(n -> n.team()).containsExactly("Team A", "Team A");
        assertThat(d.nights()).extracting(n -> n.childrenContacted()).containsExactly(12, 9);
        var source = d.source(InputKind.OUTREACH_NIGHTS);
        assertThat(source.file()).isEqualTo("exports/night_outreach_2019.csv");
        assertThat(source.rowsRead()).isEqualTo(3);
        assertThat(source.accepted()).isEqualTo(2);
        assertThat(source.excluded()).isEqualTo(1);
    }

    @Test
    void amountsOfAcceptedAndExcludedRowsReconcileWithTheColumnTotal() throws IOException {
        ProjectData d = load("bad-number");
        var expenses = d.source(InputKind.EXPENSES);
        // 1,234.50 + (120.00) + 15.25 accepted in USD; "12,5O" and "12,5" are unreadable; 10^26 is refused as too
        // large and counted as excluded
        assertThat(expenses.acceptedTotals().get("USD")).isEqualByComparingTo("1129.75");
        assertThat(expenses.excludedTotals().get("USD")).isEqualByComparingTo("1E26");
        assertThat(expenses.columnTotals().get("USD")).isEqualByComparingTo("100000000000000000000001129.75");
        assertThat(expenses.columnTotals().get("KHR")).isEqualByComparingTo("4000000");
        assertThat(expenses.unreadableAmounts()).isEqualTo(2);
        assertThat(expenses.reconciles()).isTrue();

        ProjectData dup = load("duplicates");
        var budget = dup.source(InputKind.BUDGET);
        // P1 on two differing lines is summed; the third line repeats the first field for field and is excluded
        assertThat(budget.acceptedTotals().get("USD")).isEqualByComparingTo("2100.00");
        assertThat(budget.excludedTotals().get("USD")).isEqualByComparingTo("1000.00");
        assertThat(budget.columnTotals().get("USD")).isEqualByComparingTo(new BigDecimal("3100.00"));
        assertThat(budget.reconciles()).isTrue();
    }

    @Test
    void anEmptyOrRandomFileIsReportedNotThrown() throws IOException {
        assertThat(load("empty-file").funding()).isEmpty();
        assertThat(load("random-bytes").funding()).isEmpty();
        assertThat(load("header-only").source(InputKind.FUNDING).rowsRead()).isZero();
    }

    @Test
    void attendanceRowsExcludedByChecksAreRemovedAndTheRestKeepTheirLines() throws IOException {
        Path project = temp.resolve("attendance-checks");
        copy(ERRORS.resolve("_base"), project);
        // Session S1 comes back after S2, with SMC-0001 again (a duplicate of line 2); line 5 is outside the
        // project year; SMC-0002 at S2 and at S1 are two different visits.
        Files.writeString(project.resolve("data/attendance.csv"), """
                date,site,activity,session,child_code,sex,age
                2019-03-05,Stung Mean Chey,kids_club,S1,SMC-0001,F,9
                2019-03-06,Stung Mean Chey,kids_club,S2,SMC-0002,M,11
                2019-03-05,Stung Mean Chey,kids_club,S1,SMC-0002,M,11
                2021-01-01,Stung Mean Chey,kids_club,S3,SMC-0003,M,11
                2019-03-05,Stung Mean Chey,kids_club,S1,SMC-0001,F,9
                2019-03-06,Riverfront,arts,,SMC-0004,F,
                """);
        LoadedProject loaded = ProjectLoader.load(project);

        ProjectData d = loaded.data();
        assertThat(d.attendance().records()).extracting(a -> a.source().line()).containsExactly(2, 3, 4, 7);
        assertThat(d.attendance().records()).extracting(a -> a.childCode())
                .containsExactly("SMC-0001", "SMC-0002", "SMC-0002", "SMC-0004");
        assertThat(d.attendance().get(3).session()).isEqualTo("2019-03-06|Riverfront|arts");
        assertThat(d.attendance().get(3).age()).isEqualTo(-1);
        var source = d.source(InputKind.ATTENDANCE);
        assertThat(source.rowsRead()).isEqualTo(6);
        assertThat(source.accepted()).isEqualTo(4);
        assertThat(source.excluded()).isEqualTo(2);
        assertThat(loaded.problems().all()).extracting(p -> p.source() + ": " + p.message()).containsExactly(
                "data/attendance.csv:5: date 2021-01-01 is outside every project year (2018-12-01 to 2019-11-30)",
                "data/attendance.csv:6: duplicate of line 2 (the same child at the same session)");
    }

    @Test
    void everyRowOfACodeThatLooksLikeANameIsRefusedAndACodeWithASpaceIsKept() throws IOException {
        Path project = temp.resolve("name-codes");
        copy(ERRORS.resolve("_base"), project);
        Files.writeString(project.resolve("data/attendance.csv"), """
                date,site,activity,session,child_code,sex,age
                2019-03-05,Stung Mean Chey,kids_club,S1,Sophea Chan,F,9
                2019-03-05,Stung Mean Chey,kids_club,S1,SMC 0002,M,11
                2019-03-06,Stung Mean Chey,kids_club,S2,Sophea Chan,F,9
                2019-03-06,Stung Mean Chey,kids_club,S2,SMC 0002,M,11
                """);
        LoadedProject loaded = ProjectLoader.load(project);

        assertThat(loaded.data().attendance().records()).extracting(a -> a.source().line()).containsExactly(3, 5);
        assertThat(loaded.data().attendance().childCodes()).containsExactly("SMC 0002");
        assertThat(loaded.problems().all()).extracting(p -> p.source() + ": " + p.message()).containsExactly(
                "data/attendance.csv:2:5: child_code looks like a person's name (value not shown)",
                "data/attendance.csv:4:5: child_code looks like a person's name (value not shown)");
    }
}

package org.fieldreport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.sample.SampleScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGenerationTest {

    @Test
    void refusesADataFolderThatHoldsFilesAndLeavesThemAlone(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/expenses.csv"), "real export\n");

        assertThatThrownBy(() -> SampleGeneration.into(dir, 1, SampleScale.NATURAL, false))
                .isInstanceOf(FieldReportException.class)
                .hasMessage(dir.resolve("data") + " already holds files; nothing was written (add --force to replace"
                        + " the six sample files there)")
                .satisfies(e -> assertThat(((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        assertThat(Files.readString(dir.resolve("data/expenses.csv"))).isEqualTo("real export\n");
        assertThat(dir.resolve("data/attendance.csv")).doesNotExist();
    }

    @Test
    void forceReplacesTheSampleFiles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/expenses.csv"), "old\n");

        var written = SampleGeneration.into(dir, 1, SampleScale.NATURAL, true);

        assertThat(written.rowsByFile()).containsOnlyKeys("rates.csv", "budget.csv", "funding.csv",
                "outreach_nights.csv", "attendance.csv", "expenses.csv");
        assertThat(Files.readString(dir.resolve("data/expenses.csv")))
                .startsWith("date,line_code,description,amount,currency,fx_rate,reference\n");
    }

    @Test
    void writesIntoAnEmptyDataFolderWithoutForce(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));

        var written = SampleGeneration.into(dir, 1, SampleScale.NATURAL, false);

        assertThat(written.rowsByFile()).containsEntry("rates.csv", 15L).containsEntry("funding.csv", 8L);
    }
}

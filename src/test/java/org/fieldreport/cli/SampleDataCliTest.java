package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of the committed sample project and of the {@code sample} command. */
class SampleDataCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FieldReportCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theCommittedSampleValidatesWithoutErrors() {
        int code = run("validate", "sample-data");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("0 errors, 0 warnings");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sampleWritesTheSixFilesAndThenRefusesToOverwriteThem(@TempDir Path dir) {
        int first = run("sample", dir.toString(), "--seed", "5");

        assertThat(first).isZero();
        assertThat(out.toString()).contains("wrote " + dir.resolve("data").resolve("attendance.csv") + " (");
        assertThat(dir.resolve("data/outreach_nights.csv")).exists();

        int second = run("sample", dir.toString(), "--seed", "5");

        assertThat(second).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("fieldreport: " + dir.resolve("data") + " already holds files; nothing"
                + " was written (add --force to replace the six sample files there)" + System.lineSeparator());
    }

    @Test
    void benchmarkRowCountsAreExact(@TempDir Path dir) throws Exception {
        int code = run("sample", dir.toString(), "--attendance-rows", "1000", "--expense-rows", "250");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(dir.resolve("data/attendance.csv"))).hasSize(1001);
        assertThat(Files.readAllLines(dir.resolve("data/expenses.csv"))).hasSize(251);
    }

    @Test
    void aNegativeRowCountIsAUsageError(@TempDir Path dir) {
        int code = run("sample", dir.toString(), "--attendance-rows", "-1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("fieldreport: --attendance-rows and --expense-rows must be 0 or more");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}

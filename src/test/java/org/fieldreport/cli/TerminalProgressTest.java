package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void drawsABarForLargeFilesAndClearsItAtTheEnd() {
        StringWriter err = new StringWriter();
        TerminalProgress bar = new TerminalProgress(new PrintWriter(err, true));
        long size = 64L << 20;
        bar.read("data/attendance.csv", size / 2, size);
        assertThat(err.toString()).isEqualTo("\r[###############---------------] 50 % reading data/attendance.csv");
        bar.read("data/attendance.csv", size, size);
        assertThat(err.toString()).endsWith("\r[##############################] 100 % reading data/attendance.csv");
        bar.done();
        assertThat(err.toString()).endsWith("\r" + " ".repeat(66) + "\r");
    }

    @Test
    void smallFilesAndSingleProjectsDrawNothing() {
        StringWriter err = new StringWriter();
        TerminalProgress bar = new TerminalProgress(new PrintWriter(err, true));
        bar.project(1, 1, "sample-data");
        bar.read("data/budget.csv", 100, 200);
        bar.done();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void nothingIsDrawnWhenStderrIsNotATerminal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--format", "json", "--out",
                temp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("\r").doesNotContain("%");
    }
}

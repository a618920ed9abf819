package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages read as a person would write them: on the right stream, grouped, counted and named once. */
class MessagesTest {

    @Test
    void validatePrintsProblemsGroupedOnStderrAndTheSummaryOnStdout(@TempDir Path temp) throws Exception {
        Path project = copy(Path.of("sample-data"), temp.resolve("p"));
        Path attendance = project.resolve("data/attendance.csv");
        List<String> lines = Files.readAllLines(attendance);
        for (int i = 1; i <= 1204; i++) {
            lines.set(i, "2017-01-02" + lines.get(i).substring(10));
        }
        Files.write(attendance, lines);

        CliRun run = CliRun.of("validate", project.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().skip(3)).containsExactly(
                "data/attendance.csv: 997 more errors of this kind, on lines 5–1,001; --all lists each",
                "... and 204 more problems not listed (past a file's first 1,000, problems are counted, not kept)");
        assertThat(run.err()).startsWith("data/attendance.csv:2: error: date 2017-01-02 is outside every project");
        assertThat(run.out()).contains("data/attendance.csv          14,627    13,423     1,204   1,204         0")
                .endsWith("1,204 errors, 0 warnings\n").doesNotContain("outside every project year");

        CliRun all = CliRun.of("validate", project.toString(), "--all");
        assertThat(all.err().lines().filter(l -> l.contains(": error: date 2017-01-02"))).hasSize(1000);
        assertThat(all.err()).contains("... and 204 more problems not listed");

        CliRun quiet = CliRun.of("validate", project.toString(), "-q");
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).contains("997 more errors of this kind");
    }

    @Test
    void aMissingFolderIsNamedOnceAndAnUnknownInputGetsItsNearestName(@TempDir Path temp) {
        CliRun report = CliRun.of("report", "nosuchdir", "-p", "Y1", "-o", temp.toString());
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).isEqualTo("fieldreport: nosuchdir: no such project folder\n");

        CliRun schema = CliRun.of("schema", "expense");
        assertThat(schema.exitCode()).isEqualTo(2);
        assertThat(schema.err()).startsWith("fieldreport: unknown input \"expense\"; did you mean \"expenses\"?");
    }

    @Test
    void anOutputThatCannotBeWrittenSaysWhyInWords(@TempDir Path temp) throws Exception {
        Path blocker = Files.writeString(temp.resolve("file"), "not a folder");
        CliRun run = CliRun.of("report", "sample-data", "-p", "Y1", "-f", "json", "-o",
                blocker.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("cannot write " + blocker.resolve("out")).doesNotContain("Exception")
                .doesNotContain("FileSystem").doesNotContain("NoSuchFile");
    }

    @Test
    void failOnFlaggedSaysWhichLineWasFlaggedAlsoUnderQuiet(@TempDir Path temp) {
        CliRun report = CliRun.of("report", "sample-data", "-p", "Y1", "-f", "json", "--fail-on", "flagged", "-q",
                "--as-of", "2019-12-15", "-o", temp.toString());
        CliRun budget = CliRun.of("budget", "sample-data", "-p", "Y1", "--fail-on", "flagged", "-q",
                "--as-of", "2019-12-15");
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.err()).isEqualTo("fieldreport: exit 3 under --fail-on flagged: budget line P6 needs donor"
                + " approval\n");
        assertThat(budget.exitCode()).isEqualTo(3);
        assertThat(budget.err()).isEqualTo("fieldreport: exit 3 under --fail-on flagged: budget line P6 (Quarterly"
                + " prevention programme) needs donor approval\n");
    }
}

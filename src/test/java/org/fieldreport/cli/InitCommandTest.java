package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path temp;

    @Test
    void aNewProjectValidatesAtOnce() {
        Path project = temp.resolve("new");
        CliRun init = CliRun.of("init", project.toString(), "--code", "UGA-01", "--name", "Kids \"First\"",
                "--start", "2020-04-01");
        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("created " + project.resolve("project.yaml"));

        assertThat(project.resolve("templates/report.ftlh")).exists();

        CliRun validate = CliRun.of("validate", project.toString());
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("0 errors, 0 warnings");

        CliRun report = CliRun.of("report", project.toString(), "--period", "Y1", "--format", "pdf,xlsx,json",
                "--out", project.resolve("out").toString(), "--as-of", "2020-05-01");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(project.resolve("out/UGA-01_Y1_donor.pdf")).exists();
    }

    @Test
    void initNeverOverwritesAProject() throws Exception {
        Path project = temp.resolve("existing");
        Files.createDirectories(project);
        Files.writeString(project.resolve("project.yaml"), "code: KEEP\n");
        CliRun init = CliRun.of("init", project.toString());
        assertThat(init.exitCode()).isEqualTo(2);
        assertThat(init.err()).contains("already exists; init never overwrites a project");
        assertThat(Files.readString(project.resolve("project.yaml"))).isEqualTo("code: KEEP\n");
    }

    @Test
    void schemaPrintsColumnsAndAnExampleRow() {
        CliRun run = CliRun.of("schema", "funding");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("kind       required  pledge, commitment or receipt")
                .contains("2018-11-20,Hope for Children Fund,commitment,\"45,000.00\",USD,1,GA-2018-031");
        assertThat(run.out()).contains("settings under files.funding in project.yaml:")
                .contains("    sign             spending_positive (default) or spending_negative")
                .contains("    decimal          point (default) or comma: 1.234,50 is 1234.50")
                .contains("    include          {header: [values]}: keep only rows whose value is listed")
                .contains("    columns.outflow  with columns.inflow, instead of amount");
        assertThat(CliRun.of("schema", "attendance").out()).contains("    decimal ").doesNotContain("sign ");
        assertThat(CliRun.of("schema", "donations").exitCode()).isEqualTo(2);
    }

    @Test
    void usageMistakesExitTwoWithoutAStackTrace() {
        CliRun run = CliRun.of("validate", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'").doesNotContain("Exception");
        CliRun missing = CliRun.of("validate", temp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such project folder");
    }

    @Test
    void completionScriptsNameEveryCommand() {
        for (String shell : new String[] {"bash", "zsh"}) {
            CliRun run = CliRun.of("completion", shell);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("complete -F", "report", "indicators", "budget", "validate", "--period");
        }
        CliRun fish = CliRun.of("completion", "fish");
        assertThat(fish.exitCode()).isZero();
        assertThat(fish.out()).contains("-a report ", "-a indicators ", "-a budget ", "-a validate ", "-l period");
        assertThat(CliRun.of("completion", "tcsh").exitCode()).isEqualTo(2);
    }
}

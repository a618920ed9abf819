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
    void theProjectFilesIndicatorExampleWorksOnceUncommented() throws Exception {
        Path project = temp.resolve("targets");
        assertThat(CliRun.of("init", project.toString(), "--start", "2020-04-01").exitCode()).isZero();
        Path yaml = project.resolve("project.yaml");
        String text = Files.readString(yaml);
        int from = text.indexOf("# indicators:");
        int to = text.indexOf("#\n# Reports are as of --as-of");
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        Files.writeString(yaml, text.substring(0, from) + text.substring(from, to).replaceAll("(?m)^# ", "")
                + text.substring(to));

        CliRun q1 = CliRun.of("indicators", project.toString(), "--period", "Y1-Q1", "--format", "csv");
        assertThat(q1.exitCode()).as(q1.err()).isZero();
        // the quarterly target of distinct children as declared; 240 sessions a year over April to June (91 of
        // 365 days) is 59.84: 60, pro-rated
        assertThat(q1.out()).contains("Y1-Q1,children_attending,Children attending activities (distinct),,children,0,,"
                + "150,false,").contains("Y1-Q1,kids_club_sessions,Kids-club sessions,,sessions,0,,60,true,");
        assertThat(q1.err()).contains("data/attendance.csv: warning: no attendance rows in April \u2013 June 2020");
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
        assertThat(CliRun.of("schema", "attendance").out()).contains("    decimal ").doesNotContain("sign ")
                .contains("  as-of date: without --as-of or SOURCE_DATE_EPOCH, a report is as of the latest date in\n")
                .contains("project year or `targets: {year: 350, quarter: 150, month: 60}` by period length");
        assertThat(run.out()).doesNotContain("as-of date").doesNotContain("targets");
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

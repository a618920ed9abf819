package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The common options have picocli's short spellings, and the long ones keep working. */
class ShortOptionsTest {

    @Test
    void shortAndLongSpellingsGiveTheSameBudget() {
        CliRun shortForm = CliRun.of("budget", "sample-data", "-p", "Y1", "-f", "json", "-q", "--as-of", "2020-03-01");
        CliRun longForm = CliRun.of("budget", "sample-data", "--period", "Y1", "--format", "json", "--quiet",
                "--as-of", "2020-03-01");
        assertThat(shortForm.exitCode()).isEqualTo(longForm.exitCode());
        assertThat(shortForm.out()).startsWith("{").isEqualTo(longForm.out());
    }

    @Test
    void helpNamesEachParameterOneWay() {
        CliRun help = CliRun.of("report", "-h");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("-p, --period=PERIOD", "-f, --format=FORMAT", "-o, --out=DIR",
                "-a, --audience=AUDIENCE", "-q, --quiet");
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How help and completion read: wrapped between words only, and completion made from the same definitions. */
class HelpTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"report", "budget", "indicators"})
    void thePeriodListIsNeverBrokenInsideAPeriod(String command) {
        CliRun help = CliRun.of(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Y1, Y1-Q3: a project year or quarter;",
                "2018-12-01..2019-11-30: days, end inclusive;", "last-month, this-year, year-to-date: for cron.",
                "Default: the latest project year that has data.");
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80)
                .doesNotMatch(".*\\w\\.\\.$").doesNotMatch(".*\\w-$"));
    }

    @Test
    void theWidthIsColumnsWhenTheShellSaysASensibleOne() {
        assertThat(Terminal.columns("120")).isEqualTo(120);
        assertThat(Terminal.columns(" 100 ")).isEqualTo(100);
        assertThat(Terminal.columns(null)).isZero();
        assertThat(Terminal.columns("wide")).isZero();
        assertThat(Terminal.columns("12")).isZero();
        assertThat(Terminal.columns("99999999999")).isZero();
    }

    @Test
    void fishCompletesSubcommandsOptionsAndTheirValues() {
        CliRun fish = CliRun.of("completion", "fish");
        assertThat(fish.exitCode()).isZero();
        assertThat(fish.out().lines()).contains(
                "complete -c fieldreport -n __fish_use_subcommand -a validate -d 'Check a project\\'s project.yaml"
                        + " and CSV files; print every problem and a summary per file'",
                "complete -c fieldreport -n '__fish_seen_subcommand_from validate' -s f -l format -x -a 'text json'"
                        + " -d 'text or json (default: text)'",
                "complete -c fieldreport -n '__fish_seen_subcommand_from report' -s o -l out -r -F"
                        + " -d 'Output folder (default: out)'",
                "complete -c fieldreport -n '__fish_seen_subcommand_from report' -s q -l quiet -d 'Print only errors'",
                "complete -c fieldreport -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'");
        assertThat(fish.out()).doesNotContain("%n", "%%", "${");
    }
}

package org.fieldreport.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The period a command reports on and the day it counts as today: defined once for every command that needs them. */
public final class PeriodOptions {

    // One example kind a line: picocli wraps where a line-break rule allows, which is also after ".." and "-".
    @Option(names = {"-p", "--period"}, paramLabel = "PERIOD",
            description = {"Y1, Y1-Q3: a project year or quarter;",
                "2019, 2019-Q2, 2019-06: calendar periods;",
                "2018-12-01..2019-11-30: days, end inclusive;",
                "last-month, this-year, year-to-date: for cron.",
                "Default: the latest project year that has data."})
    String period;

    /**
     * Without {@code --period}, says which period the run chose, as the first line on stderr (not under
     * {@code --quiet}): {@code prefix} names the project in a batch.
     */
    void sayChosen(java.io.PrintWriter err, boolean quiet, String prefix, String label, String key) {
        if (period == null && !quiet && !key.isEmpty()) {
            err.println("fieldreport: " + prefix + org.fieldreport.app.DefaultPeriod.note(label, key));
        }
    }

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Count this day (yyyy-MM-dd) as today; default SOURCE_DATE_EPOCH, else the clock.")
    LocalDate asOf;
}

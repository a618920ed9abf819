package org.fieldreport.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The period a command reports on and the day it counts as today: defined once for every command that needs them. */
public final class PeriodOptions {

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "PERIOD",
            description = "Y1, Y1-Q3, 2019, 2019-Q2, 2019-06, 2018-12-01..2019-11-30, last-month, this-year or "
                    + "year-to-date.")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Count this day (yyyy-MM-dd) as today; default SOURCE_DATE_EPOCH, else the clock.")
    LocalDate asOf;
}

package org.fieldreport.app;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Decides what "today" is for a run, so that relative periods ({@code last-month}, {@code this-year},
 * {@code year-to-date}) and every output are reproducible: {@code --as-of} when given, else the
 * {@code SOURCE_DATE_EPOCH} environment variable (seconds since 1970, read in the project's time zone), else the
 * clock. This is the only place fieldreport reads the clock for a report, and only a relative period reads it:
 * without either setting, a named period is reported as of the latest date in its data ({@link ChosenPeriod}).
 */
public final class AsOfDate {

    private AsOfDate() {
    }

    /** Today from the command line, the environment or the system clock. */
    public static LocalDate resolve(LocalDate asOf, ZoneId zone) {
        return resolve(asOf, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC(), zone);
    }

    /** Today as the run was given it, by {@code --as-of} or {@code SOURCE_DATE_EPOCH}; null when neither is set. */
    public static LocalDate given(LocalDate asOf, ZoneId zone) {
        return given(asOf, System.getenv("SOURCE_DATE_EPOCH"), zone);
    }

    public static LocalDate resolve(LocalDate asOf, String sourceDateEpoch, Clock clock, ZoneId zone) {
        LocalDate given = given(asOf, sourceDateEpoch, zone);
        return given != null ? given : LocalDate.now(clock.withZone(zone));
    }

    private static LocalDate given(LocalDate asOf, String sourceDateEpoch, ZoneId zone) {
        if (asOf != null) {
            return asOf;
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), zone);
            } catch (NumberFormatException | DateTimeException e) {
                throw new FieldReportException(ExitCode.USAGE, "SOURCE_DATE_EPOCH \"" + sourceDateEpoch
                        + "\" is not a number of seconds since 1970-01-01; unset it or give --as-of yyyy-MM-dd");
            }
        }
        return null;
    }
}

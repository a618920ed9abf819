package org.fieldreport.app;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.fieldreport.indicators.PeriodParser;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.Expense;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * The period a command was asked for, as it stands on the run's as-of date, and the project year that holds it
 * ({@code year} is 0 when the period lies outside the project or spans two project years). Budgets are approved per
 * project year, so the finance figures need a period within one.
 *
 * <p>The as-of date is {@code --as-of}, else {@code SOURCE_DATE_EPOCH}; without either, a relative period
 * ({@code last-month}, {@code this-year}, {@code year-to-date}) is read against the clock's today and reported as
 * of today, and any other period is reported as of the latest date in the data (outreach nights, attendance and
 * expenses), so the same files give the same report on any day. A period that has not ended by the as-of date is
 * cut there ({@link ReportingPeriod#toDate}): it is reported to date.
 */
public record ChosenPeriod(ReportingPeriod period, LocalDate asOf, int year) {

    private static final Set<String> RELATIVE = Set.of("last-month", "this-year", "year-to-date");

    /** The period of {@code text} in the project of {@code data}, as of {@code asOf} or the data's latest date. */
    public static ChosenPeriod of(ProjectData data, String text, LocalDate asOf) {
        return of(data.project(), text, asOf, latestDate(data));
    }

    /** The period without data to date it by: as of {@code asOf}, the environment or the clock. */
    public static ChosenPeriod of(Project project, String text, LocalDate asOf) {
        return of(project, text, asOf, null);
    }

    private static ChosenPeriod of(Project project, String text, LocalDate asOf, LocalDate latestData) {
        LocalDate given = AsOfDate.given(asOf, project.timeZone());
        LocalDate today = given != null ? given : AsOfDate.resolve(null, project.timeZone());
        ReportingPeriod asked = new PeriodParser(project, today).parse(text);
        if (!asked.start().isBefore(project.yearEnd(project.years())) || !asked.end().isAfter(project.start())) {
            throw new FieldReportException(ExitCode.USAGE, "--period " + text + " (" + asked.start() + " to "
                    + asked.lastDay() + ") lies outside the project, which runs from " + project.start() + " to "
                    + project.lastDay());
        }
        boolean relative = text != null && RELATIVE.contains(text.strip().toLowerCase(Locale.ROOT));
        LocalDate dated = given != null || relative ? today : latestData != null ? latestData : asked.lastDay();
        if (dated.isBefore(asked.start())) {
            throw new FieldReportException(ExitCode.USAGE, "--period " + text + " starts on " + asked.start()
                    + ", after the as-of date " + dated + (given != null || relative ? ""
                    : " (the latest date in the data)") + "; nothing of it can be reported yet: choose an earlier"
                    + " period, or give --as-of yyyy-MM-dd");
        }
        ReportingPeriod period = asked.toDate(dated);
        int year = project.yearOf(period.start());
        if (year != project.yearOf(period.lastDay())) {
            year = 0;
        }
        return new ChosenPeriod(period, dated, year);
    }

    /** The latest date of an outreach night, attendance or expense, or null when there is none. */
    static LocalDate latestDate(ProjectData data) {
        long latest = Long.MIN_VALUE;
        for (OutreachNight n : data.nights()) {
            latest = Math.max(latest, n.date().toEpochDay());
        }
        AttendanceRegister attendance = data.attendance();
        for (int row = 0; row < attendance.size(); row++) {
            latest = Math.max(latest, attendance.day(row));
        }
        for (Expense e : data.expenses()) {
            latest = Math.max(latest, e.date().toEpochDay());
        }
        return latest == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(latest);
    }

    /** The project year, or a usage error explaining that the budget needs a period within one project year. */
    public int requireYear(Project project) {
        if (year == 0) {
            throw new FieldReportException(ExitCode.USAGE, "--period " + period.key() + " (" + period.start()
                    + " to " + period.lastDay() + ") is not within one project year; budgets are approved per"
                    + " project year (the project runs from " + project.start() + " to " + project.lastDay()
                    + ", years start on " + project.start().getDayOfMonth() + " "
                    + project.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH) + ")");
        }
        return year;
    }
}

package org.fieldreport.app;

import java.time.LocalDate;
import org.fieldreport.indicators.PeriodParser;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * The period a command was asked for, read against the run's "today" ({@link AsOfDate}), and the project year that
 * holds it ({@code year} is 0 when the period lies outside the project or spans two project years). Budgets are
 * approved per project year, so the finance figures need a period within one.
 */
public record ChosenPeriod(ReportingPeriod period, LocalDate asOf, int year) {

    public static ChosenPeriod of(Project project, String text, LocalDate asOf) {
        LocalDate today = AsOfDate.resolve(asOf, project.timeZone());
        ReportingPeriod period = new PeriodParser(project, today).parse(text);
        if (!period.start().isBefore(project.yearEnd(project.years())) || !period.end().isAfter(project.start())) {
            throw new FieldReportException(ExitCode.USAGE, "--period " + text + " (" + period.start() + " to "
                    + period.lastDay() + ") lies outside the project, which runs from " + project.start() + " to "
                    + project.lastDay());
        }
        int year = project.yearOf(period.start());
        if (year != project.yearOf(period.lastDay())) {
            year = 0;
        }
        return new ChosenPeriod(period, today, year);
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

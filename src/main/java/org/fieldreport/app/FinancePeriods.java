package org.fieldreport.app;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * A stopgap reading of {@code --period} for the budget command: a whole project year ({@code Y1}, {@code Y2}) or a
 * calendar month ({@code 2019-03}) within a project year. It will be replaced by the shared period parser, which
 * also knows quarters and custom ranges; keep this class small until then.
 */
public final class FinancePeriods {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private FinancePeriods() {
    }

    /** A reporting period and the project year that holds it. */
    public record FinancePeriod(ReportingPeriod period, int year) {
    }

    /**
     * Resolves {@code text} against the project's years.
     *
     * @throws FieldReportException (usage) when the text is not Yn or yyyy-MM, or falls outside the project years
     */
    public static FinancePeriod resolve(Project project, String text) {
        String t = text.strip();
        if (t.matches("[Yy][0-9]{1,2}")) {
            int year = Integer.parseInt(t.substring(1));
            if (year < 1 || year > project.years()) {
                throw usage("--period " + text + ": the project has " + (project.years() == 1 ? "only Year 1"
                        : "Years 1 to " + project.years()));
            }
            LocalDate start = project.yearStart(year);
            LocalDate end = project.yearEnd(year);
            String label = start.format(MONTH) + " \u2013 " + end.minusDays(1).format(MONTH);
            return new FinancePeriod(new ReportingPeriod("Y" + year, start, end, label), year);
        }
        YearMonth month;
        try {
            month = YearMonth.parse(t);
        } catch (DateTimeException e) {
            throw usage("--period " + text + " is not a project year (Y1) or a month (2019-03)");
        }
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        int year = project.yearOf(start);
        if (year == 0 || year != project.yearOf(end.minusDays(1))) {
            throw usage("--period " + text + " is not within one project year (the project runs from "
                    + project.start() + " to " + project.lastDay() + ")");
        }
        return new FinancePeriod(new ReportingPeriod(month.toString(), start, end, start.format(MONTH)), year);
    }

    private static FieldReportException usage(String message) {
        return new FieldReportException(ExitCode.USAGE, message);
    }
}

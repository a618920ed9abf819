package org.fieldreport.indicators;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Reads a {@code --period} against a project and a given "today" into a half-open {@link ReportingPeriod}. The
 * forms are listed in {@link #FORMS}; project years and project quarters follow the project's {@code start}, so
 * with a December start {@code Y1-Q1} is December to February. {@code last-month} is the calendar month before
 * today's, {@code this-year} the project year holding today, {@code year-to-date} that year's start up to the end of
 * last month. Anything else is a usage error that lists the accepted forms.
 */
public final class PeriodParser {

    /** The accepted forms, as the error message shows them. */
    public static final String FORMS = "Y1 (project year), Y1-Q3 (project quarter), 2019 (calendar year), "
            + "2019-Q2 (calendar quarter), 2019-06 (month), 2018-12-01..2019-11-30 (dates, end included), "
            + "last-month, this-year or year-to-date";

    private static final Pattern PROJECT_YEAR = Pattern.compile("(?i)Y(\\d{1,2})");
    private static final Pattern PROJECT_QUARTER = Pattern.compile("(?i)Y(\\d{1,2})-Q(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?i)(\\d{4})-Q(\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    private final Project project;
    private final LocalDate today;

    public PeriodParser(Project project, LocalDate today) {
        this.project = project;
        this.today = today;
    }

    public ReportingPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m;
        if ((m = PROJECT_YEAR.matcher(t)).matches()) {
            return projectYear(t, Integer.parseInt(m.group(1)));
        }
        if ((m = PROJECT_QUARTER.matcher(t)).matches()) {
            return projectQuarter(t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return new ReportingPeriod(m.group(1), start, start.plusYears(1),
                    PeriodLabel.span(start, start.plusYears(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int q = quarterNumber(t, m.group(2));
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * q - 2, 1);
            return new ReportingPeriod(m.group(1) + "-Q" + q, start, start.plusMonths(3),
                    "Q" + q + " " + m.group(1) + " (" + PeriodLabel.span(start, start.plusMonths(3)) + ")");
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw usage("--period " + t + ": there is no month " + m.group(2));
            }
            return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            LocalDate first = date(t, m.group(1));
            LocalDate last = date(t, m.group(2));
            if (last.isBefore(first)) {
                throw usage("--period " + t + ": the range ends before it starts");
            }
            LocalDate end = last.plusDays(1);
            return new ReportingPeriod(first + "_" + last, first, end, PeriodLabel.span(first, end));
        }
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "last-month" -> {
                return month(YearMonth.from(today).minusMonths(1));
            }
            case "this-year" -> {
                return projectYear(t, yearHoldingToday(t));
            }
            case "year-to-date" -> {
                int n = yearHoldingToday(t);
                LocalDate start = project.yearStart(n);
                LocalDate end = today.withDayOfMonth(1);
                if (!end.isAfter(start)) {
                    throw usage("--period year-to-date: on " + today + " no month of Year " + n
                            + " has ended yet; use this-year or a date range");
                }
                String lastMonth = YearMonth.from(end.minusDays(1)).toString();
                return new ReportingPeriod("Y" + n + "-to-" + lastMonth, start, end,
                        "Year " + n + " to date (" + PeriodLabel.span(start, end) + ")");
            }
            default -> throw usage("--period \"" + t + "\" is not a period; use " + FORMS);
        }
    }

    private ReportingPeriod projectYear(String text, int n) {
        checkYear(text, n);
        LocalDate start = project.yearStart(n);
        LocalDate end = project.yearEnd(n);
        return new ReportingPeriod("Y" + n, start, end, PeriodLabel.span(start, end));
    }

    private ReportingPeriod projectQuarter(String text, int n, int qText) {
        checkYear(text, n);
        int q = quarterNumber(text, String.valueOf(qText));
        if (project.yearMonths() % 4 != 0) {
            throw usage("--period " + text + ": a project year of " + project.yearMonths()
                    + " months has no quarters; use a month or a date range");
        }
        int months = project.yearMonths() / 4;
        LocalDate start = project.yearStart(n).plusMonths((long) (q - 1) * months);
        LocalDate end = project.yearStart(n).plusMonths((long) q * months);
        return new ReportingPeriod("Y" + n + "-Q" + q, start, end,
                "Q" + q + " of Year " + n + " (" + PeriodLabel.span(start, end) + ")");
    }

    private static ReportingPeriod month(YearMonth month) {
        LocalDate start = month.atDay(1);
        LocalDate end = start.plusMonths(1);
        return new ReportingPeriod(month.toString(), start, end, PeriodLabel.span(start, end));
    }

    private void checkYear(String text, int n) {
        if (n < 1 || n > project.years()) {
            throw usage("--period " + text + ": the project has " + (project.years() == 1 ? "one year (Y1)"
                    : project.years() + " years (Y1 to Y" + project.years() + ")"));
        }
    }

    private int yearHoldingToday(String text) {
        int n = project.yearOf(today);
        if (n == 0) {
            throw usage("--period " + text + ": today (" + today + ") is in no project year (" + project.start()
                    + " to " + project.lastDay() + "); name the period, such as Y1, or give --as-of");
        }
        return n;
    }

    private static int quarterNumber(String text, String q) {
        int n = Integer.parseInt(q);
        if (n < 1 || n > 4) {
            throw usage("--period " + text + ": quarters are Q1 to Q4");
        }
        return n;
    }

    private static LocalDate date(String text, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw usage("--period " + text + ": " + date + " is not a date");
        }
    }

    private static FieldReportException usage(String message) {
        return new FieldReportException(ExitCode.USAGE, message);
    }
}

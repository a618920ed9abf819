package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodParserTest {

    @TempDir
    Path folder;

    private ReportingPeriod parse(String start, String text, String today) {
        Project project = TestProject.starting(folder, start, 2, "");
        return new PeriodParser(project, LocalDate.parse(today)).parse(text);
    }

    private static void assertPeriod(ReportingPeriod p, String key, String start, String end, String label) {
        assertThat(p.key()).isEqualTo(key);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.label()).isEqualTo(label);
    }

    @Test
    void projectYearStartingInDecemberRunsToTheEndOfNovember() {
        ReportingPeriod y1 = parse("2018-12-01", "Y1", "2020-01-01");
        assertPeriod(y1, "Y1", "2018-12-01", "2019-12-01", "December 2018 \u2013 November 2019");
        assertThat(y1.days()).isEqualTo(365);
        assertThat(y1.lastDay()).isEqualTo("2019-11-30");
    }

    @Test
    void secondProjectYearHoldsTheTwentyNinthOfFebruary() {
        ReportingPeriod y2 = parse("2018-12-01", "y2", "2020-01-01");
        assertPeriod(y2, "Y2", "2019-12-01", "2020-12-01", "December 2019 \u2013 November 2020");
        assertThat(y2.days()).isEqualTo(366);
        assertThat(y2.contains(LocalDate.parse("2020-02-29"))).isTrue();
    }

    @Test
    void projectQuarterFollowsTheProjectStart() {
        assertPeriod(parse("2018-12-01", "Y1-Q1", "2020-01-01"), "Y1-Q1", "2018-12-01", "2019-03-01",
                "Q1 of Year 1 (December 2018 \u2013 February 2019)");
        assertPeriod(parse("2018-12-01", "Y1-Q3", "2020-01-01"), "Y1-Q3", "2019-06-01", "2019-09-01",
                "Q3 of Year 1 (June \u2013 August 2019)");
        assertPeriod(parse("2018-12-01", "Y2-Q1", "2020-01-01"), "Y2-Q1", "2019-12-01", "2020-03-01",
                "Q1 of Year 2 (December 2019 \u2013 February 2020)");
    }

    @Test
    void aprilStartYearAndItsLastQuarter() {
        assertPeriod(parse("2020-04-01", "Y1", "2020-05-01"), "Y1", "2020-04-01", "2021-04-01",
                "April 2020 \u2013 March 2021");
        assertPeriod(parse("2020-04-01", "Y1-Q4", "2020-05-01"), "Y1-Q4", "2021-01-01", "2021-04-01",
                "Q4 of Year 1 (January \u2013 March 2021)");
    }

    @Test
    void calendarYearQuarterAndMonth() {
        assertPeriod(parse("2018-12-01", "2019", "2020-01-01"), "2019", "2019-01-01", "2020-01-01",
                "January \u2013 December 2019");
        assertPeriod(parse("2018-12-01", "2019-q2", "2020-01-01"), "2019-Q2", "2019-04-01", "2019-07-01",
                "Q2 2019 (April \u2013 June 2019)");
        assertPeriod(parse("2018-12-01", "2019-06", "2020-01-01"), "2019-06", "2019-06-01", "2019-07-01",
                "June 2019");
        assertThat(parse("2018-12-01", "2020-02", "2020-01-01").days()).isEqualTo(29);
    }

    @Test
    void rangeIncludesItsLastDayAsTyped() {
        assertPeriod(parse("2018-12-01", "2018-12-01..2019-11-30", "2020-01-01"), "2018-12-01_2019-11-30",
                "2018-12-01", "2019-12-01", "December 2018 \u2013 November 2019");
        assertPeriod(parse("2018-12-01", "2019-03-05..2019-04-04", "2020-01-01"), "2019-03-05_2019-04-04",
                "2019-03-05", "2019-04-05", "5 March \u2013 4 April 2019");
        assertPeriod(parse("2018-12-01", "2020-02-29..2020-02-29", "2020-01-01"), "2020-02-29_2020-02-29",
                "2020-02-29", "2020-03-01", "29 February 2020");
        assertPeriod(parse("2018-12-01", "2019-12-31..2020-01-31", "2020-01-01"), "2019-12-31_2020-01-31",
                "2019-12-31", "2020-02-01", "31 December 2019 \u2013 31 January 2020");
    }

    @Test
    void lastMonthFromTheLastDayOfAMonthAndAcrossNewYear() {
        assertPeriod(parse("2018-12-01", "last-month", "2019-03-31"), "2019-02", "2019-02-01", "2019-03-01",
                "February 2019");
        assertPeriod(parse("2018-12-01", "last-month", "2020-01-01"), "2019-12", "2019-12-01", "2020-01-01",
                "December 2019");
        assertThat(parse("2018-12-01", "last-month", "2020-03-01").days()).isEqualTo(29);
    }

    @Test
    void thisYearIsTheProjectYearHoldingToday() {
        assertPeriod(parse("2018-12-01", "this-year", "2019-11-30"), "Y1", "2018-12-01", "2019-12-01",
                "December 2018 \u2013 November 2019");
        assertPeriod(parse("2018-12-01", "this-year", "2019-12-01"), "Y2", "2019-12-01", "2020-12-01",
                "December 2019 \u2013 November 2020");
    }

    @Test
    void yearToDateEndsWithLastMonth() {
        assertPeriod(parse("2018-12-01", "year-to-date", "2019-06-15"), "Y1-to-2019-05", "2018-12-01",
                "2019-06-01", "Year 1 to date (December 2018 \u2013 May 2019)");
        assertPeriod(parse("2018-12-01", "year-to-date", "2020-02-29"), "Y2-to-2020-01", "2019-12-01",
                "2020-02-01", "Year 2 to date (December 2019 \u2013 January 2020)");
    }

    @Test
    void yearToDateInTheFirstMonthOfAYearIsAUsageError() {
        assertUsage("2018-12-01", "year-to-date", "2018-12-20",
                "--period year-to-date: on 2018-12-20 no month of Year 1 has ended yet; use this-year or a date"
                        + " range");
    }

    @Test
    void badPeriodsAreUsageErrorsListingTheForms() {
        assertUsage("2018-12-01", "Q3", "2019-06-15", "--period \"Q3\" is not a period; use " + PeriodParser.FORMS);
        assertThat(PeriodParser.FORMS).contains("Y1", "Y1-Q3", "2019", "2019-Q2", "2019-06",
                "2018-12-01..2019-11-30", "last-month", "this-year", "year-to-date");
        assertUsage("2018-12-01", "Y3", "2019-06-15", "--period Y3: the project has 2 years (Y1 to Y2)");
        assertUsage("2018-12-01", "Y1-Q5", "2019-06-15", "--period Y1-Q5: quarters are Q1 to Q4");
        assertUsage("2018-12-01", "2019-13", "2019-06-15", "--period 2019-13: there is no month 13");
        assertUsage("2018-12-01", "2019-02-29..2019-03-01", "2019-06-15",
                "--period 2019-02-29..2019-03-01: 2019-02-29 is not a date");
        assertUsage("2018-12-01", "2019-03-01..2019-02-01", "2019-06-15",
                "--period 2019-03-01..2019-02-01: the range ends before it starts");
        assertUsage("2018-12-01", "this-year", "2021-01-05", "--period this-year: today (2021-01-05) is in no"
                + " project year (2018-12-01 to 2020-11-30); name the period, such as Y1, or give --as-of");
    }

    private void assertUsage(String start, String text, String today, String message) {
        assertThatThrownBy(() -> parse(start, text, today))
                .isInstanceOfSatisfying(FieldReportException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}

package org.fieldreport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fieldreport.ingest.ProjectFileReader;
import org.fieldreport.model.Project;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.junit.jupiter.api.Test;

class ChosenPeriodTest {

    private static final Project PROJECT = ProjectFileReader.read(Path.of("src/test/resources/finance/basic"));
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 15);

    @Test
    void aProjectYearIsTheWholeYearOnceItHasEndedAndCutAtTheAsOfDateBefore() {
        ChosenPeriod ended = ChosenPeriod.of(PROJECT, "Y1", LocalDate.of(2020, 1, 10));
        assertThat(ended.period().end()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(ended.period().inProgress()).isFalse();

        ChosenPeriod p = ChosenPeriod.of(PROJECT, "Y1", TODAY);

        assertThat(p.requireYear(PROJECT)).isEqualTo(1);
        assertThat(p.period().start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(p.period().end()).isEqualTo(LocalDate.of(2019, 6, 16));   // to 15 June, counted in full
        assertThat(p.period().scheduledEnd()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(p.period().label()).endsWith(", in progress: data to 15 June 2019");
        assertThat(p.asOf()).isEqualTo(TODAY);
    }

    @Test
    void aMonthAndLastMonthAreResolvedWithinTheirProjectYear() {
        ChosenPeriod april = ChosenPeriod.of(PROJECT, "2019-04", TODAY);
        assertThat(april.year()).isEqualTo(1);
        assertThat(april.period().days()).isEqualTo(30);

        ChosenPeriod lastMonth = ChosenPeriod.of(PROJECT, "last-month", TODAY);
        assertThat(lastMonth.period().start()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(lastMonth.period().end()).isEqualTo(LocalDate.of(2019, 6, 1));
    }

    @Test
    void theBudgetRefusesAPeriodOutsideOneProjectYear() {
        ChosenPeriod outside = ChosenPeriod.of(PROJECT, "2019-12-15..2020-01-15", LocalDate.of(2020, 2, 1));
        assertThat(outside.year()).isZero();
        assertThatThrownBy(() -> outside.requireYear(PROJECT))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("--period 2019-12-15_2020-01-15 (2019-12-15 to 2020-01-15) is not within one"
                        + " project year")
                .extracting(e -> ((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aPeriodThatHasNotBegunByTheAsOfDateIsAUsageError() {
        assertThatThrownBy(() -> ChosenPeriod.of(PROJECT, "2019-12-15..2020-01-15", TODAY))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("--period 2019-12-15..2020-01-15 starts on 2019-12-15, after the as-of date 2019-06-15;"
                        + " nothing of it can be reported yet: choose an earlier period, or give --as-of yyyy-MM-dd")
                .extracting(e -> ((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aPeriodWhollyOutsideTheProjectIsAUsageError() {
        assertThatThrownBy(() -> ChosenPeriod.of(PROJECT, "2017", TODAY))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("--period 2017 (2017-01-01 to 2017-12-31) lies outside the project, which runs from"
                        + " 2019-01-01 to 2019-12-31");
    }
}

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

class FinancePeriodsTest {

    private static final Project PROJECT = ProjectFileReader.read(Path.of("src/test/resources/finance/basic"));

    @Test
    void aProjectYearIsTheWholeYear() {
        FinancePeriods.FinancePeriod p = FinancePeriods.resolve(PROJECT, "Y1");

        assertThat(p.year()).isEqualTo(1);
        assertThat(p.period().start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(p.period().end()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(p.period().label()).isEqualTo("January 2019 \u2013 December 2019");
    }

    @Test
    void aMonthIsResolvedWithinItsProjectYear() {
        FinancePeriods.FinancePeriod p = FinancePeriods.resolve(PROJECT, "2019-04");

        assertThat(p.year()).isEqualTo(1);
        assertThat(p.period().key()).isEqualTo("2019-04");
        assertThat(p.period().days()).isEqualTo(30);
        assertThat(p.period().label()).isEqualTo("April 2019");
    }

    @Test
    void periodsOutsideTheProjectAreUsageErrors() {
        assertThatThrownBy(() -> FinancePeriods.resolve(PROJECT, "Y2"))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("--period Y2: the project has only Year 1")
                .extracting(e -> ((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThatThrownBy(() -> FinancePeriods.resolve(PROJECT, "2020-01"))
                .hasMessage("--period 2020-01 is not within one project year (the project runs from 2019-01-01"
                        + " to 2019-12-31)");
        assertThatThrownBy(() -> FinancePeriods.resolve(PROJECT, "Q3"))
                .hasMessage("--period Q3 is not a project year (Y1) or a month (2019-03)");
    }
}

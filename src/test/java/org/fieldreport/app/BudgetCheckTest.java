package org.fieldreport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.fieldreport.indicators.ReconciliationLine;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.Problem;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/finance");

    @Test
    void aMissingKhrRateForOneMonthIsAnErrorNamingEachRow() {
        BudgetCheck check = BudgetCheck.of(FIXTURES.resolve("missing-rate"), "Y1", null, false);

        assertThat(check.loaded().problems().all()).extracting(Problem::format).containsExactly(
                "data/expenses.csv:4:5: error: expense in KHR cannot be converted: the row has no fx_rate and"
                        + " rates.csv has no KHR rate for 2019-03; add fx_rate to the row or a 2019-03 KHR line"
                        + " to rates.csv",
                "data/expenses.csv:5:5: error: expense in KHR cannot be converted: the row has no fx_rate and"
                        + " rates.csv has no KHR rate for 2019-03; add fx_rate to the row or a 2019-03 KHR line"
                        + " to rates.csv");
        assertThat(check.exitCode()).isEqualTo(ExitCode.DATA_ERRORS);
        // 10.00 + 20.50 converted, 600 in USD; the two March riel rows are out, not converted 1:1
        assertThat(check.budget().total().actual()).isEqualByComparingTo("630.5");
        assertThat(BudgetCheck.of(FIXTURES.resolve("missing-rate"), "Y1", null, true).exitCode())
                .isEqualTo(ExitCode.BUDGET_FLAG);
    }

    @Test
    void theMoneyFilesReconcileOnTheBrokenFixture() {
        BudgetCheck check = BudgetCheck.of(FIXTURES.resolve("missing-rate"), "Y1", null, false);

        ReconciliationLine riel = check.budget().reconciliation().lines().stream()
                .filter(l -> l.kind().equals("expenses") && l.currency().equals("KHR")).findFirst().orElseThrow();
        // 41,000 + 82,000 + 20,500 + 8,200 in the file; the last two excluded
        assertThat(riel.fileTotal()).isEqualByComparingTo("151700");
        assertThat(riel.accepted()).isEqualByComparingTo("123000");
        assertThat(riel.excluded()).isEqualByComparingTo("28700");
        assertThat(riel.difference()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(check.budget().reconciliation().lines()).extracting(l -> l.file() + " " + l.currency())
                .containsExactly("data/budget.csv USD", "data/expenses.csv KHR", "data/expenses.csv USD",
                        "data/funding.csv USD");
        assertThat(check.budget().reconciliation().balances()).isTrue();
    }

    @Test
    void anUnbudgetedLineFailsOnlyUnderFailOnFlagged() {
        assertThat(BudgetCheck.of(FIXTURES.resolve("basic"), "Y1", null, false).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(BudgetCheck.of(FIXTURES.resolve("basic"), "Y1", null, true).exitCode())
                .isEqualTo(ExitCode.BUDGET_FLAG);
        assertThat(BudgetCheck.of(FIXTURES.resolve("clean"), "Y1", null, true).exitCode()).isEqualTo(ExitCode.OK);
    }
}

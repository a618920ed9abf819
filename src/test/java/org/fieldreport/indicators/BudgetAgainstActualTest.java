package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.render.text.BudgetText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAgainstActualTest {

    /** The report as {@code fieldreport budget} prints it. */
    private static String text(BudgetReport r) {
        return BudgetText.render(PublishedBudget.of(r, List.of()));
    }

    @Test
    void threeLinesOf33_335AreEach33_34AndTheirHeadingAndTotalTheSumOfThem() {
        FinanceFixture f = new FinanceFixture().budget("A", "Programme", "33.335").budget("B", "Programme", "33.335")
                .budget("C", "Other", "33.335");

        BudgetReport r = f.report(FinanceFixture.YEAR_1);

        // each line is held at the cent, half up: 33.34; the headings and the total add the shown lines up
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.figures().budget()).isEqualTo("33.34"));
        assertThat(r.headings().get(0).figures().budget()).isEqualTo("66.68");
        assertThat(r.total().budget()).isEqualTo("100.02");
        assertThat(r.total().remaining()).isEqualTo("100.02");
        assertThat(text(r)).doesNotContain("rounding difference").containsPattern("\n  Programme subtotal +66\\.68 ")
                .containsPattern("\nTotal +100\\.02 ");
    }

    @Test
    void eachExpenseIsConvertedOnceAndRoundedHalfUpToTheCentBeforeItIsSummed() {
        // 20,500 expenses of 1 KHR at 4,100 are each 1 / 4,100 = 0.000244 USD, 0.00 at the cent; 0.005 USD is 0.01
        // half up. Summed exactly they would be 5.005 USD (5.01 shown); the ledger's rule gives 0.01, and every
        // output shows that one figure.
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "100");
        for (int i = 0; i < 20_500; i++) {
            f.spend("2019-03-01", "P1", "1", "KHR", "4100");
        }
        f.spend("2019-03-02", "P1", "0.005");
        // 41,001 KHR at 4,100 is 10.000243... USD: 10.00; 20,498 KHR is 4.99951... USD: 5.00 (half up at the cent)
        f.spend("2019-03-03", "P1", "41001", "KHR", "4100").spend("2019-03-04", "P1", "20498", "KHR", "4100");

        BudgetReport r = f.report(FinanceFixture.YEAR_1);

        assertThat(r.total().actual()).isEqualTo("15.01");
        assertThat(r.rows().get(0).figures().actual()).isEqualTo("15.01");
        assertThat(r.originalAmounts()).containsEntry("KHR", new BigDecimal("81999"));
        assertThat(r.expenses().converted()).extracting(c -> c.amount().amount().toPlainString())
                .endsWith("0.01", "10.00", "5.00");
        assertThat(text(r)).containsPattern("\n  P1 Line P1 +100\\.00 +100\\.00 +100\\.00 +15\\.01 +15\\.01 +84\\.99 ")
                .contains("81,999");
    }

    @Test
    void spendingOnALineOutsideTheBudgetIsAnUnbudgetedRowWithAWarning() {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "100").spend("2019-05-01", "X9", "50")
                .spend("2019-05-02", "P1", "40");

        BudgetReport r = f.report(FinanceFixture.YEAR_1);

        assertThat(r.headings()).extracting(BudgetHeading::name).containsExactly("Programme", "Unbudgeted");
        BudgetRow row = r.unbudgeted().get(0);
        assertThat(row.lineCode()).isEqualTo("X9");
        assertThat(row.figures().actual()).isEqualByComparingTo("50");
        assertThat(row.figures().spentPercent()).isNull();
        assertThat(row.warning()).isEqualTo("spending on line code \"X9\" is not in the Year 1 budget");
        assertThat(row.needsDonorApproval()).isTrue();
        assertThat(row.varianceNote()).isEmpty();
        assertThat(r.total().budget()).isEqualByComparingTo("100");
        assertThat(r.total().actual()).isEqualByComparingTo("90");
        assertThat(r.funding().budget()).isEqualByComparingTo("100");
    }

    @Test
    void aBudgetedLineWithNoSpendingShowsZeroPercent() {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "100").budget("P2", "Programme", "50")
                .spend("2019-05-01", "P1", "40");

        BudgetReport r = f.report(FinanceFixture.YEAR_1);

        BudgetRow p2 = r.rows().get(1);
        assertThat(p2.figures().spentPercent()).isEqualByComparingTo("0");
        assertThat(p2.figures().remaining()).isEqualByComparingTo("50");
        assertThat(text(r))
                .containsPattern("\n  P2 Line P2 +50\\.00 +50\\.00 +50\\.00 +0\\.00 +0\\.00 +50\\.00 +0\\.00 % ");
    }

    @ParameterizedTest(name = "actual {0}, inclusive {1}: flagged {2}")
    @CsvSource({
        "110.00, false, false, 10",
        "110.00, true,  true,  10",
        "110.01, false, true,  10.01",
        "110.01, true,  true,  10.01",
        "109.99, true,  false, 9.99",
        "80.00,  true,  false, -20"})
    void theFlexibilityThresholdOfTenPercentOnTheLine(String actual, boolean inclusive, boolean flagged,
                                                       String percent) {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "100.00")
                .spend("2019-05-01", "P1", actual);
        f.finance = FinanceFixture.settings("10", "LINE", inclusive);

        BudgetRow row = f.report(FinanceFixture.YEAR_1).rows().get(0);

        assertThat(row.flexibility().basePercent()).isEqualByComparingTo(percent);
        assertThat(row.needsDonorApproval()).isEqualTo(flagged);
        assertThat(row.varianceNote()).isEqualTo(flagged ? "" : null);
    }

    @Test
    void onTheHeadingBaseAnOverspentLineIsMeasuredAgainstItsHeading() {
        FinanceFixture f = new FinanceFixture().budget("A", "Programme", "100").budget("B", "Programme", "100")
                .spend("2019-05-01", "A", "110.01").spend("2019-05-01", "B", "100");
        f.finance = FinanceFixture.settings("10", "HEADING", false);

        BudgetRow a = f.report(FinanceFixture.YEAR_1).rows().get(0);

        // variance 10.01 of the heading's 200 is 5.005 %
        assertThat(a.flexibility().basePercent()).isEqualByComparingTo("5.005");
        assertThat(a.needsDonorApproval()).isFalse();
    }

    @Test
    void onTheTotalBaseExactlyTheThresholdTriggersOnlyWhenInclusive() {
        FinanceFixture f = new FinanceFixture().budget("A", "Programme", "100").budget("B", "Staff", "100")
                .spend("2019-05-01", "A", "120");
        f.finance = FinanceFixture.settings("10", "TOTAL", false);
        assertThat(f.report(FinanceFixture.YEAR_1).flagged()).isEmpty();

        f.finance = FinanceFixture.settings("10", "TOTAL", true);
        List<BudgetRow> flagged = f.report(FinanceFixture.YEAR_1).flagged();
        assertThat(flagged).extracting(BudgetRow::lineCode).containsExactly("A");
        assertThat(flagged.get(0).flexibility().basePercent()).isEqualByComparingTo("10");
    }

    @ParameterizedTest(name = "actual {0} of 100 is {1}")
    @CsvSource({"75, WITHIN", "74.99, BELOW", "125, WITHIN", "125.01, ABOVE"})
    void thePaceBandIncludesItsEnds(String actual, SpendingPace.PaceFlag flag) {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "100").spend("2019-05-01", "P1", actual);

        assertThat(f.report(FinanceFixture.YEAR_1).rows().get(0).pace().flag()).isEqualTo(flag);
    }

    private static FinanceFixture fourMonths() {
        return new FinanceFixture()
                .budget("P1", "Programme", "3650").budget("P2", "Programme", "1000").budget("S1", "Staff", "2000")
                .rate("2019-02", "KHR", "4000", "NBC")
                .spend("2019-01-15", "P1", "41000", "KHR", "4100")
                .spend("2019-02-10", "P1", "82000", "KHR", null)
                .spend("2019-03-05", "S1", "600")
                .spend("2019-04-20", "P1", "400")
                .spend("2019-06-01", "P1", "100");
    }

    @Test
    void monthFourOfTwelveComparesSpendingToDateWithTheBudgetProRatedByDays() {
        BudgetReport r = fourMonths().report(FinanceFixture.month(4));

        // 2019-01-01 to 2019-05-01 is 120 of 365 days
        assertThat(r.progress().elapsedDays()).isEqualTo(120);
        assertThat(r.progress().yearDays()).isEqualTo(365);
        assertThat(r.progress().elapsedMonths()).isEqualByComparingTo("4");
        assertThat(r.progress().elapsedPercent()).isEqualTo(new BigDecimal("32.8767123288"));

        BudgetRow p1 = r.rows().get(0);
        BudgetFigures f = p1.figures();
        assertThat(f.budget()).isEqualByComparingTo("3650");
        assertThat(f.budgetToDate()).isEqualByComparingTo("1200");     // 3650 × 120 / 365
        assertThat(f.periodBudget()).isEqualByComparingTo("300");      // 3650 × 30 / 365
        assertThat(f.periodActual()).isEqualByComparingTo("400");
        assertThat(f.actual()).isEqualByComparingTo("430.5");          // 10 + 20.50 + 400
        assertThat(f.remaining()).isEqualByComparingTo("3219.5");
        assertThat(f.variance()).isEqualByComparingTo("-769.5");
        assertThat(f.variancePercent()).isEqualByComparingTo("-64.125");
        assertThat(f.spentPercent()).isEqualTo(new BigDecimal("11.7945205479"));
        assertThat(p1.pace().ratio()).isEqualByComparingTo("0.35875");
        assertThat(p1.pace().flag()).isEqualTo(SpendingPace.PaceFlag.BELOW);
        assertThat(p1.originalAmounts()).containsOnlyKeys("KHR");
        assertThat(p1.originalAmounts().get("KHR")).isEqualByComparingTo("123000");
        assertThat(p1.forecast().yearEnd()).isEqualTo("1309.44");   // 430.50 × 365 / 120 = 1309.4375, at the cent
        assertThat(p1.forecast().projectedBalance()).isEqualTo("2340.56");

        assertThat(r.rows().get(2).pace().flag()).isEqualTo(SpendingPace.PaceFlag.WITHIN); // 600 of 657.53
        assertThat(r.total().actual()).isEqualByComparingTo("1030.5");
        assertThat(r.burnRate().perMonth()).isEqualTo("257.63");              // 1030.50 / 4 = 257.625, half up
        assertThat(r.burnRate().remainingMonths()).isEqualByComparingTo("8");
        assertThat(r.burnRate().affordablePerMonth()).isEqualTo("702.44");   // 5619.50 / 8 = 702.4375
        // the lines' forecasts added up: P1 1309.44 + P2 0.00 + S1 600 × 365 / 120 = 1825.00
        assertThat(r.forecast().yearEnd()).isEqualTo("3134.44");
        assertThat(r.flagged()).isEmpty();
    }

    @Test
    void theMonthlyViewGivesPaceAndActualByMonthAndCumulativeUpToThePeriodEnd() {
        List<MonthlySpending> months = fourMonths().report(FinanceFixture.month(4)).monthly();

        assertThat(months).hasSize(4);   // January to April: the series stops at the period's last month
        // each line's 31 / 365 at the cent: 3650 → 310.00, 1000 → 84.93, 2000 → 169.86
        assertThat(months.get(0).budgetPace()).isEqualTo("564.79");
        assertThat(months).extracting(m -> m.actual() == null ? null : m.actual().toPlainString())
                .containsExactly("10.00", "20.50", "600.00", "400.00");
        assertThat(months.get(3).cumulativeActual()).isEqualByComparingTo("1030.5");
        assertThat(months.get(3).cumulativeBudgetPace()).isEqualTo("2186.30");   // the lines' budget to date
    }

    @Test
    void phasingForecastsActualPlusThePlannedRestOfTheYear() {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "1000").spend("2019-03-01", "P1", "500");
        f.finance = new FinanceSettings(null, null, null, null, null, "phasing", List.of(
                new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("10"),
                new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5"),
                new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5")));

        BudgetReport r = f.report(FinanceFixture.month(4));

        BudgetRow p1 = r.rows().get(0);
        assertThat(p1.figures().budgetToDate()).isEqualByComparingTo("600");  // 20 + 20 + 10 + 10 %
        assertThat(p1.figures().periodBudget()).isEqualByComparingTo("100");
        assertThat(p1.forecast().method()).isEqualTo(ForecastMethod.PHASING);
        assertThat(p1.forecast().yearEnd()).isEqualByComparingTo("900");      // 500 + 40 % of 1000
        assertThat(p1.forecast().projectedBalance()).isEqualByComparingTo("100");
        assertThat(r.monthly().get(0).budgetPace()).isEqualByComparingTo("200");
    }

    @Test
    void aPhasingThatDoesNotAddUpTo100IsRefused() {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "1000");
        f.finance = new FinanceSettings(null, null, null, null, null, "phasing",
                java.util.Collections.nCopies(12, new BigDecimal("8")));

        assertThatThrownBy(() -> f.report(FinanceFixture.YEAR_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finance.phasing adds up to 96 %, not 100 %");
    }

    @Test
    void anExpenseWithoutARateIsListedAndLeftOutOfTheActual() {
        FinanceFixture f = new FinanceFixture().budget("P1", "Programme", "100")
                .spend("2019-03-05", "P1", "20500", "KHR", null).spend("2019-03-06", "P1", "5");

        BudgetReport r = f.report(FinanceFixture.YEAR_1);

        assertThat(r.expenses().unconverted()).hasSize(1);
        assertThat(r.total().actual()).isEqualByComparingTo("5");
    }
}

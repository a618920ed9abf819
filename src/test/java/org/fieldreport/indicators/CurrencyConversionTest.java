package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldreport.model.RatePolicy;
import org.junit.jupiter.api.Test;

class CurrencyConversionTest {

    private static CurrencyConversion conversion(FinanceFixture f) {
        return new CurrencyConversion("USD", f.policy, f.rates);
    }

    @Test
    void rowRateConverts41000RielAt4100ToTenDollarsAndKeepsTheRate() {
        FinanceFixture f = new FinanceFixture().spend("2019-01-15", "P1", "41000", "KHR", "4100");

        ConvertedExpense c = conversion(f).convert(f.expenses.get(0)).orElseThrow();

        assertThat(c.amount().amount()).isEqualByComparingTo("10.00");
        assertThat(c.amount().currency()).isEqualTo("USD");
        assertThat(c.rate()).isEqualByComparingTo("4100");
        assertThat(c.rateDate()).isEqualTo(LocalDate.of(2019, 1, 15));
        assertThat(c.rateSource()).isEqualTo("row");
    }

    @Test
    void withoutARowRateTheMonthsRateAppliesWithItsSourceAndMonth() {
        FinanceFixture f = new FinanceFixture().rate("2019-02", "KHR", "4000", "NBC monthly average")
                .spend("2019-02-10", "P1", "82000", "KHR", null);

        ConvertedExpense c = conversion(f).convert(f.expenses.get(0)).orElseThrow();

        assertThat(c.amount().amount()).isEqualByComparingTo("20.50");
        assertThat(c.rateDate()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(c.rateSource()).isEqualTo("NBC monthly average");
    }

    @Test
    void aConversionIsRoundedHalfUpToTheCentOnce() {
        FinanceFixture f = new FinanceFixture().spend("2019-01-15", "P1", "100", "KHR", "3");

        ConvertedExpense c = conversion(f).convert(f.expenses.get(0)).orElseThrow();

        assertThat(c.amount().amount()).isEqualTo(new BigDecimal("33.33"));
        FinanceFixture half = new FinanceFixture().spend("2019-01-15", "P1", "20500", "KHR", "4000");
        // 20,500 / 4,000 = 5.125: half up to 5.13, never half-even's 5.12
        assertThat(conversion(half).convert(half.expenses.get(0)).orElseThrow().amount().amount())
                .isEqualTo(new BigDecimal("5.13"));
    }

    @Test
    void monthlyOnlyIgnoresTheRowRateAndRowOnlyIgnoresRatesCsv() {
        FinanceFixture f = new FinanceFixture().rate("2019-01", "KHR", "4000", "")
                .spend("2019-01-15", "P1", "41000", "KHR", "4100")
                .spend("2019-01-16", "P1", "8000", "KHR", null);
        f.policy = RatePolicy.MONTHLY_ONLY;
        Conversions monthly = conversion(f).convertAll(f.expenses);
        assertThat(monthly.converted()).extracting(c -> c.amount().amount().toPlainString())
                .containsExactly("10.25", "2.00");
        assertThat(monthly.converted().get(0).rateSource()).isEqualTo("rates.csv");

        f.policy = RatePolicy.ROW_ONLY;
        Conversions row = conversion(f).convertAll(f.expenses);
        assertThat(row.converted()).hasSize(1);
        assertThat(row.unconverted()).extracting(e -> e.reference()).containsExactly(f.expenses.get(1).reference());
    }

    @Test
    void aMissingRateIsNeverOneToOne() {
        FinanceFixture f = new FinanceFixture().rate("2019-02", "KHR", "4000", "NBC")
                .spend("2019-03-05", "P1", "20500", "KHR", null)
                .spend("2019-03-06", "P1", "5.00", "USD", null);

        Conversions c = conversion(f).convertAll(f.expenses);

        assertThat(c.unconverted()).containsExactly(f.expenses.get(0));
        assertThat(c.converted()).hasSize(1);
        assertThat(c.converted().get(0).converted()).isFalse();
        assertThat(c.converted().get(0).amount().amount()).isEqualByComparingTo("5.00");
    }
}

package org.fieldreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An expense gives back exactly what it was made of, and is equal to another made of the same. */
class ExpenseTest {

    private static Expense expense(String amount, String rate) {
        return new Expense(LocalDate.of(2019, 3, 5), "P1", "Tuk-tuk fares", Money.of(amount, "KHR"),
                rate == null ? null : new BigDecimal(rate), "PV-7", new SourceRef("data/expenses.csv", 12, 3));
    }

    @Test
    void amountsAndRatesComeBackWithTheirScale() {
        // the last two do not fit the compact form: 20 digits, and a scale of 130
        for (String value : new String[] {"41000", "-156.70", "0.00", "1E+3", "12345678901234567890.123", "1E-130"}) {
            Expense e = expense(value, value);

            assertThat(e.amount()).isEqualTo(Money.of(value, "KHR"));
            assertThat(e.amount().amount().scale()).as(value).isEqualTo(new BigDecimal(value).scale());
            assertThat(e.fxRate()).isEqualTo(new BigDecimal(value));
            assertThat(e.hasFxRate()).as(value).isTrue();
        }
        assertThat(expense("41000", null).fxRate()).isNull();
        assertThat(expense("41000", null).hasFxRate()).isFalse();
        assertThat(expense("41000", null).currency()).isEqualTo("KHR");
        assertThat(expense("41000", null).source()).isEqualTo(new SourceRef("data/expenses.csv", 12, 3));
    }

    @Test
    void expensesOfTheSameComponentsAreEqual() {
        assertThat(expense("41000", "4100")).isEqualTo(expense("41000", "4100"))
                .hasSameHashCodeAs(expense("41000", "4100"));
        assertThat(expense("41000", "4100")).isNotEqualTo(expense("41000.0", "4100"))
                .isNotEqualTo(expense("41000", null));
        assertThat(expense("41000", null).toString()).contains("amount=41000 KHR", "fxRate=null",
                "source=data/expenses.csv:12:3");
    }
}

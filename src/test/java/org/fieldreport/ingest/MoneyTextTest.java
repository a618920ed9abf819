package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as statements and apps write them: codes, symbols, trailing minus, CR and DR; near-miss codes. */
class MoneyTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "USD 120.00      | 120.00    | USD | -",
        "KSh 1,200       | 1200      | KES | -",
        "CHF 120.00      | 120.00    | CHF | -",
        "120.00 EUR      | 120.00    | EUR | -",
        "US$120          | 120       | USD | -",
        "120.00-         | -120.00   | -   | -",
        "KES 1,500.00-   | -1500.00  | KES | -",
        "-KES 15         | -15       | KES | -",
        "(KES 15)        | -15       | KES | -",
        "1,500.00 DR     | -1500.00  | -   | DEBIT",
        "2,000.00 CR     | 2000.00   | -   | CREDIT",
        "KSh 200,000.00 Dr | -200000.00 | KES | DEBIT",
        "$12.50          | 12.50     | -   | -",
    })
    void readsAmountsWithTheirMarks(String text, String value, String code, String flow) {
        MoneyText.Reading r = MoneyText.read(text, false);
        assertThat(r.value()).isEqualByComparingTo(value);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.flow() == null ? null : r.flow().name()).isEqualTo(flow);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KSE 1,200     | \"KSE\" is not a currency code; did you mean KES?",
        "1,200 UDS     | \"UDS\" is not a currency code; did you mean USD?",
        "120 XQZ       | \"XQZ\" is not a currency code; use a three-letter ISO code such as USD or KES",
    })
    void aCurrencyThatIsNotOneIsNamedWithItsLikelyCode(String text, String problem) {
        MoneyText.Reading r = MoneyText.read(text, false);
        assertThat(r.value()).isNull();
        assertThat(r.problem()).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,5O", "--120", "(-120)", "120 CR DR", "1.200,50", "-120 DR"})
    void whatIsNotAnAmountStaysRefused(String text) {
        MoneyText.Reading r = MoneyText.read(text, false);
        assertThat(r.value()).isNull();
        assertThat(r.problem()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EUR 1.234,50 | 1234.50", "1.234,50- | -1234.50", "12,50 CR | 12.50"})
    void decimalCommaExportsCarryTheSameMarks(String text, String value) {
        assertThat(MoneyText.read(text, true).value()).isEqualByComparingTo(value);
    }
}

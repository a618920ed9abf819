package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1234.50|1234.50",
        "1,234.50|1234.50",
        "$1,234.50|1234.50",
        "US$ 15|15",
        "4 000 000|4000000",
        "4\u00A0000\u00A0000|4000000",
        "(120.00)|-120.00",
        "-12.50|-12.50",
        "$-3|-3",
        "0.1|0.1",
        "1,000,000|1000000",
        "41000 \u17DB|41000",
        " 7 |7",
        "-0.50|-0.50",
        "007|7",
        "997000|997000",
        "123456789012345678901234.5|123456789012345678901234.5",
        "-1234567890123456789|-1234567890123456789"
    })
    void readsNumbersAsPeopleWriteThem(String text, String expected) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(DecimalText.parse(text).scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5O", "12,5", "1,23", "1234,567", "1.2.3", "abc", "", "--1", "(-1)", "1,", ".5",
        "5.", "1,0000", "12 3 45x"})
    void refusesWhatIsNotANumberUnderTheRule(String text) {
        assertThat(DecimalText.parse(text)).isNull();
    }
}

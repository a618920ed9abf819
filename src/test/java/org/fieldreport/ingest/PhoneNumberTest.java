package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"call mother on +855 12 345 678", "012 345 678", "tel 097-123-4567", "+85512345678",
        "(012) 345 678"})
    void refusesPhoneNumbers(String text) {
        assertThat(PhoneFreeText.scan(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tuk-tuk fares 2018-12-01 to 2018-12-07", "4 000 000 riel", "paid 1,234.50 on 2019-03-04",
        "2 girls near the market", "week of 2019-03-04", "receipt 20190304123", "0.5 kg rice",
        "ATM WITHDRAWAL 001234 03/8888", "card 0412 3456/78 at the market"})
    void acceptsDatesAmountsAndReferences(String text) {
        assertThat(PhoneFreeText.scan(text)).isFalse();
    }
}

package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Remembering the descriptions found free of phone numbers never changes an answer. */
class PhoneFreeTextTest {

    @Test
    void aTextGivesTheSameAnswerEveryTime() {
        String phone = "call the driver on 012 345 678";
        String clean = "Tuk-tuk fares for the night outreach teams, 2019-03-05";
        for (int i = 0; i < 3; i++) {
            assertThat(PhoneFreeText.looksLikePhone(phone)).isTrue();
            assertThat(PhoneFreeText.looksLikePhone(new String(phone))).isTrue();
            assertThat(PhoneFreeText.looksLikePhone(clean)).isFalse();
        }
        for (int i = 0; i < 5000; i++) { // more texts than it remembers
            assertThat(PhoneFreeText.looksLikePhone("receipt " + i)).isFalse();
        }
        assertThat(PhoneFreeText.looksLikePhone(phone)).isTrue();
        assertThat(PhoneFreeText.looksLikePhone(clean)).isFalse();
    }
}

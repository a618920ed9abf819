package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void readsTheThreeAudiencesInAnyCase() {
        assertThat(Audience.parse("internal")).contains(Audience.INTERNAL);
        assertThat(Audience.parse(" Donor ")).contains(Audience.DONOR);
        assertThat(Audience.parse("PUBLIC")).contains(Audience.PUBLIC);
        assertThat(Audience.parse("donors")).isEmpty();
        assertThat(Audience.parse(null)).isEmpty();
        assertThat(Audience.choices()).isEqualTo("internal, donor, public");
    }

    @Test
    void onlyInternalOutputIsMarkedConfidential() {
        assertThat(Audience.INTERNAL.marking()).contains("CONFIDENTIAL");
        assertThat(Audience.DONOR.marking()).isEmpty();
        assertThat(Audience.PUBLIC.isConfidential()).isFalse();
        assertThat(Audience.DONOR.label()).isEqualTo("Donor");
    }
}

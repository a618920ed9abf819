package org.fieldreport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldreport.model.PrivacySettings;
import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

    private static SuppressionPolicy policy(Audience audience) {
        return new SuppressionPolicy(PrivacySettings.defaults(), audience);
    }

    @Test
    void donorOutputHidesOneToFourAndSensitiveFiguresOneToNine() {
        SuppressionRule plain = policy(Audience.DONOR).rule(true, false);
        SuppressionRule sensitive = policy(Audience.DONOR).rule(true, true);

        assertThat(plain.hides(0)).isFalse();
        assertThat(plain.hides(1)).isTrue();
        assertThat(plain.hides(4)).isTrue();
        assertThat(plain.hides(5)).isFalse();
        assertThat(plain.primaryText()).isEqualTo("<5");
        assertThat(sensitive.hides(0)).isFalse();
        assertThat(sensitive.hides(9)).isTrue();
        assertThat(sensitive.hides(10)).isFalse();
        assertThat(sensitive.primaryText()).isEqualTo("<10");
    }

    @Test
    void publicOutputHidesOneToNineAndASensitiveZero() {
        SuppressionRule plain = policy(Audience.PUBLIC).rule(true, false);
        SuppressionRule sensitive = policy(Audience.PUBLIC).rule(true, true);

        assertThat(plain.hides(0)).isFalse();
        assertThat(plain.hides(9)).isTrue();
        assertThat(plain.hides(10)).isFalse();
        assertThat(sensitive.hides(0)).isTrue();
        assertThat(sensitive.hides(9)).isTrue();
        assertThat(sensitive.primaryText()).isEqualTo("<10");
    }

    @Test
    void internalOutputAndFiguresThatDoNotCountPeopleHideNothing() {
        assertThat(policy(Audience.INTERNAL).rule(true, true).suppressesAnything()).isFalse();
        assertThat(policy(Audience.DONOR).rule(false, true).suppressesAnything()).isFalse();
        assertThat(policy(Audience.PUBLIC).rule(false, true).hides(0)).isFalse();
        assertThat(policy(Audience.PUBLIC).rule(false, false).hides(1)).isFalse();
    }

    @Test
    void theThresholdComesFromTheProjectFile() {
        PrivacySettings settings = new PrivacySettings(3, 8, 6, false, null);

        assertThat(SuppressionRule.of(settings, Audience.DONOR, true, false).primaryText()).isEqualTo("<3");
        assertThat(SuppressionRule.of(settings, Audience.DONOR, true, true).primaryText()).isEqualTo("<8");
        assertThat(SuppressionRule.of(settings, Audience.PUBLIC, true, false).primaryText()).isEqualTo("<6");
        // Public output never uses a lower threshold than donor output.
        assertThat(SuppressionRule.of(settings, Audience.PUBLIC, true, true).primaryText()).isEqualTo("<8");
    }

    @Test
    void aRateIsHiddenWithASmallNumeratorOrDenominator() {
        SuppressionRule rule = policy(Audience.DONOR).rule(true, false);

        assertThat(rule.hidesDerived(3, 40)).isTrue();
        assertThat(rule.hidesDerived(12, 4)).isTrue();
        assertThat(rule.hidesDerived(12, 40)).isFalse();
        assertThat(rule.hidesDerived(0, 40)).isFalse();
    }

    @Test
    void sensitiveIndicatorsAreBrokenDownOnlyInternallyUnlessTheProjectAllowsDonors() {
        PrivacySettings detail = new PrivacySettings(null, null, null, true, null);

        assertThat(policy(Audience.INTERNAL).showsSensitiveBreakdowns()).isTrue();
        assertThat(policy(Audience.DONOR).showsSensitiveBreakdowns()).isFalse();
        assertThat(new SuppressionPolicy(detail, Audience.DONOR).showsSensitiveBreakdowns()).isTrue();
        assertThat(new SuppressionPolicy(detail, Audience.PUBLIC).showsSensitiveBreakdowns()).isFalse();
    }

    @Test
    void theRuleReadsWellInAFooter() {
        assertThat(policy(Audience.INTERNAL).describe()).isEqualTo("internal (CONFIDENTIAL): nothing suppressed");
        assertThat(policy(Audience.DONOR).describe()).isEqualTo("donor: counts of people below 5 shown as <5"
                + " (below 10 for sensitive figures); secondary suppression applied;"
                + " sensitive figures only for the whole project and period");
        assertThat(policy(Audience.PUBLIC).describe()).isEqualTo("public: counts of people below 10 shown as <10"
                + " (and 0 too for sensitive figures); secondary suppression applied;"
                + " sensitive figures only for the whole project and period");
        assertThat(new SuppressionPolicy(new PrivacySettings(null, null, null, true, null), Audience.DONOR)
                .describe()).isEqualTo("donor: counts of people below 5 shown as <5"
                + " (below 10 for sensitive figures); secondary suppression applied");
        assertThat(new SuppressionPolicy(new PrivacySettings(5, 5, 12, false, null), Audience.PUBLIC).describe())
                .isEqualTo("public: counts of people below 12 shown as <12 (and 0 too for sensitive figures);"
                        + " secondary suppression applied; sensitive figures only for the whole project and period");
    }

    @Test
    void eachFiguresRuleAndTheTableLegendReadWell() {
        assertThat(policy(Audience.DONOR).rule(true, false).describe()).isEqualTo("counts of 1 to 4 shown as <5");
        assertThat(policy(Audience.PUBLIC).rule(true, true).describe()).isEqualTo("counts of 0 to 9 shown as <10");
        assertThat(policy(Audience.DONOR).rule(false, false).describe()).isEqualTo("not suppressed");
        assertThat(policy(Audience.DONOR).legend()).isEqualTo("<5: 1 to 4 people; <10: 1 to 9 people"
                + " (sensitive figures); [c]: withheld so that a hidden figure cannot be worked out from the totals");
        assertThat(policy(Audience.PUBLIC).legend()).isEqualTo("<10: 1 to 9 people (0 to 9 for sensitive figures);"
                + " [c]: withheld so that a hidden figure cannot be worked out from the totals");
        assertThat(new SuppressionPolicy(new PrivacySettings(5, 12, 10, false, null), Audience.PUBLIC).legend())
                .isEqualTo("<10: 1 to 9 people; <12: 0 to 11 people (sensitive figures);"
                        + " [c]: withheld so that a hidden figure cannot be worked out from the totals");
        assertThat(policy(Audience.INTERNAL).legend()).isEmpty();
    }
}

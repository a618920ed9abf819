package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fieldreport.model.Direction;
import org.fieldreport.model.StatusThresholds;
import org.junit.jupiter.api.Test;

class AchievementTest {

    private static final StatusThresholds DEFAULTS = StatusThresholds.defaults();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void percentAchievedIsActualOverTarget() {
        assertThat(Achievement.percent(d("45"), d("50"), null)).isEqualByComparingTo("90.0");
        assertThat(Achievement.percent(d("2"), d("3"), null)).isEqualByComparingTo("66.7");
        assertThat(Achievement.percent(d("5"), d("0"), null)).isNull();
        assertThat(Achievement.percent(d("5"), null, null)).isNull();
    }

    @Test
    void withABaselineOnlyTheChangeCounts() {
        assertThat(Achievement.percent(d("40"), d("50"), d("30"))).isEqualByComparingTo("50.0");
        // lower is better: from 20 down towards 10, now 12
        assertThat(Achievement.percent(d("12"), d("10"), d("20"))).isEqualByComparingTo("80.0");
        assertThat(Achievement.percent(d("12"), d("20"), d("20"))).isNull();
    }

    @Test
    void greenFromNinetyAmberFromSeventy() {
        assertThat(Achievement.status(d("90.0"), Direction.HIGHER, false, DEFAULTS)).isEqualTo(Status.GREEN);
        assertThat(Achievement.status(d("89.9"), Direction.HIGHER, false, DEFAULTS)).isEqualTo(Status.AMBER);
        assertThat(Achievement.status(d("70.0"), Direction.HIGHER, false, DEFAULTS)).isEqualTo(Status.AMBER);
        assertThat(Achievement.status(d("69.9"), Direction.HIGHER, false, DEFAULTS)).isEqualTo(Status.RED);
        assertThat(Achievement.status(null, Direction.HIGHER, false, DEFAULTS)).isEqualTo(Status.NONE);
    }

    @Test
    void lowerIsBetterMirrorsTheBandsAroundOneHundred() {
        assertThat(Achievement.status(d("110.0"), Direction.LOWER, false, DEFAULTS)).isEqualTo(Status.GREEN);
        assertThat(Achievement.status(d("110.1"), Direction.LOWER, false, DEFAULTS)).isEqualTo(Status.AMBER);
        assertThat(Achievement.status(d("130.0"), Direction.LOWER, false, DEFAULTS)).isEqualTo(Status.AMBER);
        assertThat(Achievement.status(d("130.1"), Direction.LOWER, false, DEFAULTS)).isEqualTo(Status.RED);
        // with a baseline the formula already points the right way
        assertThat(Achievement.status(d("80.0"), Direction.LOWER, true, DEFAULTS)).isEqualTo(Status.AMBER);
    }

    @Test
    void thresholdsComeFromTheProject() {
        StatusThresholds lenient = new StatusThresholds(d("80"), d("60"));
        assertThat(Achievement.status(d("80.0"), Direction.HIGHER, false, lenient)).isEqualTo(Status.GREEN);
        assertThat(Achievement.status(d("59.9"), Direction.HIGHER, false, lenient)).isEqualTo(Status.RED);
    }
}

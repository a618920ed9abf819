package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.fieldreport.model.Direction;
import org.fieldreport.model.StatusThresholds;

/**
 * Judges a value against its target. % achieved is value / target, or (value − baseline) / (target − baseline)
 * when a baseline is given, times 100, rounded once to one decimal (half up); the status is read from that rounded
 * figure, so what is shown and the colour always agree. Higher-is-better (and any indicator with a baseline, where
 * the formula already points the right way): green at or above the green threshold, amber at or above amber, red
 * below. Lower-is-better without a baseline is mirrored around 100 %: green up to 200 − green, amber up to
 * 200 − amber, red above.
 */
public final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);

    private Achievement() {
    }

    /** Percentage achieved, or null when there is nothing to divide by. */
    public static BigDecimal percent(BigDecimal value, BigDecimal target, BigDecimal baseline) {
        if (value == null || target == null) {
            return null;
        }
        BigDecimal gain = baseline == null ? value : value.subtract(baseline);
        BigDecimal span = baseline == null ? target : target.subtract(baseline);
        if (span.signum() == 0) {
            return null;
        }
        return gain.multiply(HUNDRED).divide(span, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_UP);
    }

    public static Status status(BigDecimal achieved, Direction direction, boolean hasBaseline, StatusThresholds t) {
        if (achieved == null) {
            return Status.NONE;
        }
        if (direction == Direction.LOWER && !hasBaseline) {
            if (achieved.compareTo(TWO_HUNDRED.subtract(t.green())) <= 0) {
                return Status.GREEN;
            }
            return achieved.compareTo(TWO_HUNDRED.subtract(t.amber())) <= 0 ? Status.AMBER : Status.RED;
        }
        if (achieved.compareTo(t.green()) >= 0) {
            return Status.GREEN;
        }
        return achieved.compareTo(t.amber()) >= 0 ? Status.AMBER : Status.RED;
    }
}

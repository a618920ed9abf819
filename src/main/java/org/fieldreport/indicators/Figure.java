package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.fieldreport.model.IndicatorDeclaration;

/**
 * A figure the engine computed for one cell, with its parts when it is a ratio; {@code exact} is the unrounded ratio
 * that % achieved is computed from, so that the one rounding is the display's. A figure that cannot be given has no
 * value and a note saying why.
 */
record Figure(BigDecimal value, BigDecimal exact, BigDecimal numerator, BigDecimal denominator,
              String denominatorUnit, String note) {

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    static Figure of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    static Figure of(BigDecimal value) {
        return new Figure(value, value, null, null, null, null);
    }

    static Figure missing(String note) {
        return new Figure(null, null, null, null, null, note);
    }

    /**
     * The ratio {@code d} of {@code top} over {@code bottomFigure}, or over the weeks or days of a span of
     * {@code days} when that is null.
     */
    static Figure ratio(IndicatorDeclaration d, Figure top, Figure bottomFigure, String unit, long days) {
        if (top.value() == null) {
            return Figure.missing(top.note());
        }
        BigDecimal bottom;
        BigDecimal shownBottom;
        if (bottomFigure == null) {
            bottom = BigDecimal.valueOf(days);
            shownBottom = unit.equals("days") ? bottom
                    : bottom.divide(SEVEN, IndicatorEngine.RATIO_SCALE, RoundingMode.HALF_UP);
        } else {
            if (bottomFigure.value() == null) {
                return Figure.missing(bottomFigure.note());
            }
            bottom = bottomFigure.exact();
            shownBottom = bottomFigure.value();
        }
        BigDecimal scaled = top.exact().multiply(d.factor() == null ? BigDecimal.ONE : d.factor());
        if (d.denominator().equals("weeks")) {
            scaled = scaled.multiply(SEVEN); // n / (days / 7), with one division
        }
        if (bottom.signum() == 0) {
            return new Figure(null, null, top.value(), shownBottom, unit, "no denominator: it is zero");
        }
        return new Figure(scaled.divide(bottom, IndicatorEngine.RATIO_SCALE, RoundingMode.HALF_UP),
                scaled.divide(bottom, MathContext.DECIMAL128), top.value(), shownBottom, unit, null);
    }
}

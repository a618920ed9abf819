package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.fieldreport.model.DeclaredIndicator;
import org.fieldreport.model.IndicatorDeclaration;

/**
 * One indicator computed for one period: the logframe row and its disaggregations.
 *
 * <p>{@code value} is exact for counts and sums; a ratio is rounded once, to {@link IndicatorEngine#RATIO_SCALE}
 * decimals (half up). It is null when the indicator is not available, and {@code note} says why. {@code numerator}
 * and {@code denominator} are set for ratios (the denominator in {@code denominatorUnit}: weeks, days or the
 * denominator indicator's unit) and for periods measures (sub-periods that qualified, out of all). {@code target}
 * is the target for this period, pro-rated by days from the yearly target when {@code targetProrated};
 * {@code achieved} is the percentage achieved (one decimal, half up) and {@code status} is judged from it.
 * {@code countsPeople} says the value is a count of people (from the unit); {@code derivedFromPeople} says a ratio
 * is built on a count of people, so it must be hidden with it.
 */
public record IndicatorResult(
        IndicatorDeclaration declaration,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String denominatorUnit,
        BigDecimal target,
        boolean targetProrated,
        BigDecimal achieved,
        Status status,
        boolean countsPeople,
        boolean derivedFromPeople,
        List<Breakdown> breakdowns,
        String note) implements DeclaredIndicator {

    public IndicatorResult {
        breakdowns = List.copyOf(breakdowns);
    }

    public boolean available() {
        return value != null;
    }

    public boolean isRatio() {
        return numerator != null;
    }
}

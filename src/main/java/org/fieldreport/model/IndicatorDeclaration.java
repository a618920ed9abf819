package org.fieldreport.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator as declared in project.yaml: what to count, from which input, and what it is measured against.
 *
 * <p>{@code measure} is one of {@code count} (rows), {@code distinct} (distinct values of {@code column}),
 * {@code sum} (of {@code column}), {@code sessions} (distinct sessions), {@code first_time} (distinct values of
 * {@code column} whose first row ever falls in the period), {@code regular} (distinct values of {@code column} with at
 * least {@code min} rows in the period), {@code ratio} ({@code numerator} indicator over {@code denominator}
 * indicator, or over {@code weeks} or {@code days} of the period, times {@code factor}), {@code periods} (number of
 * {@code per} sub-periods in which indicator {@code of} reached at least {@code min}), or {@code finance} (a figure
 * from the budget: {@code column} names it).
 */
public record IndicatorDeclaration(
        String id,
        String label,
        String unit,
        Direction direction,
        String source,
        String measure,
        String column,
        String numerator,
        String denominator,
        BigDecimal factor,
        String per,
        Integer min,
        Map<String, List<String>> filters,
        List<String> breakdowns,
        BigDecimal baseline,
        BigDecimal target,
        Boolean sensitive,
        String section) {

    public IndicatorDeclaration {
        direction = direction == null ? Direction.HIGHER : direction;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        sensitive = sensitive != null && sensitive;
    }

    public boolean isSensitive() {
        return sensitive;
    }
}

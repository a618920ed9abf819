package org.fieldreport.privacy;

import java.util.List;
import org.fieldreport.indicators.IndicatorResult;

/**
 * An indicator after suppression, the only form in which renderers see indicator figures. {@code result} still
 * carries the declaration and the non-sensitive facts (target, baseline, unit); every figure that could count
 * people is read from the published fields instead. {@code statusWithheld} is true when the status would narrow a
 * hidden value down; {@code breakdownsWithheld} says why breakdowns are not shown (null when they are);
 * {@code grid} is the indicator's two-way table when the report shows one (null otherwise).
 */
public record PublishedIndicator(
        IndicatorResult result,
        PublishedFigure value,
        PublishedFigure numerator,
        PublishedFigure denominator,
        PublishedFigure achieved,
        boolean statusWithheld,
        List<PublishedBreakdown> breakdowns,
        String breakdownsWithheld,
        PublishedGrid grid) {

    public PublishedIndicator {
        breakdowns = List.copyOf(breakdowns);
    }

    /** An indicator without a two-way grid. */
    public PublishedIndicator(IndicatorResult result, PublishedFigure value, PublishedFigure numerator,
                              PublishedFigure denominator, PublishedFigure achieved, boolean statusWithheld,
                              List<PublishedBreakdown> breakdowns, String breakdownsWithheld) {
        this(result, value, numerator, denominator, achieved, statusWithheld, breakdowns, breakdownsWithheld, null);
    }

    public String id() {
        return result.id();
    }

    /** Whether any figure of this indicator (its value or a breakdown cell) is suppressed. */
    public boolean anySuppressed() {
        return value.isSuppressed() || breakdowns.stream()
                .anyMatch(b -> b.cells().stream().anyMatch(c -> c.figure().isSuppressed()));
    }
}

package org.fieldreport.privacy;

import java.math.BigDecimal;

/**
 * One figure as an audience may see it: its exact value when shown, or the mark that replaces it ({@code <5},
 * {@code [c]}) when suppressed, or neither when the figure does not exist ({@code value} null, {@code mark} null).
 * Renderers format {@code value} and print {@code mark} as it is; they never see a hidden value.
 */
public record PublishedFigure(BigDecimal value, String mark) {

    public static final PublishedFigure ABSENT = new PublishedFigure(null, null);

    public static PublishedFigure shown(BigDecimal value) {
        return value == null ? ABSENT : new PublishedFigure(value, null);
    }

    public static PublishedFigure hidden(String mark) {
        return new PublishedFigure(null, mark);
    }

    public boolean isSuppressed() {
        return mark != null;
    }

    public boolean isPresent() {
        return value != null;
    }
}

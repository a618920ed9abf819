package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.indicators.Status;
import org.fieldreport.model.DeclaredIndicator;
import org.fieldreport.model.IndicatorDeclaration;

/**
 * An indicator after suppression, the only form in which renderers see indicator figures: its declaration, the facts
 * that count nobody (target, unit, baseline, pro-rating, why it is not available) and the figures as the audience may
 * see them. The computed result is not kept, so no accessor can return a hidden value; the status is given only when
 * it would not narrow a hidden value down. {@code breakdownsWithheld} says why breakdowns are not shown (null when
 * they are). Made only by {@link IndicatorPublication}.
 */
public final class PublishedIndicator implements DeclaredIndicator {

    private final IndicatorDeclaration declaration;
    private final boolean available;
    private final boolean ratio;
    private final boolean countsPeople;
    private final boolean derivedFromPeople;
    private final BigDecimal target;
    private final boolean targetProrated;
    private final String denominatorUnit;
    private final String note;
    private final Status status;
    private final PublishedFigure value;
    private final PublishedFigure numerator;
    private final PublishedFigure denominator;
    private final PublishedFigure achieved;
    private final boolean statusWithheld;
    private final List<PublishedBreakdown> breakdowns;
    private final String breakdownsWithheld;
    private final PublishedGrid grid;

    /** Keeps of {@code result} only what counts nobody; every figure comes from the published arguments. */
    PublishedIndicator(IndicatorResult result, PublishedFigure value, PublishedFigure numerator,
                       PublishedFigure denominator, PublishedFigure achieved, boolean statusWithheld,
                       List<PublishedBreakdown> breakdowns, String breakdownsWithheld, PublishedGrid grid) {
        this.declaration = result.declaration();
        this.available = result.available();
        this.ratio = result.isRatio();
        this.countsPeople = result.countsPeople();
        this.derivedFromPeople = result.derivedFromPeople();
        this.target = result.target();
        this.targetProrated = result.targetProrated();
        this.denominatorUnit = result.denominatorUnit();
        this.note = result.note();
        this.status = statusWithheld ? null : result.status();
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.achieved = achieved;
        this.statusWithheld = statusWithheld;
        this.breakdowns = List.copyOf(breakdowns);
        this.breakdownsWithheld = breakdownsWithheld;
        this.grid = grid;
    }

    PublishedIndicator(IndicatorResult result, PublishedFigure value, PublishedFigure numerator,
                       PublishedFigure denominator, PublishedFigure achieved, boolean statusWithheld,
                       List<PublishedBreakdown> breakdowns, String breakdownsWithheld) {
        this(result, value, numerator, denominator, achieved, statusWithheld, breakdowns, breakdownsWithheld, null);
    }

    @Override
    public IndicatorDeclaration declaration() {
        return declaration;
    }

    /** The target for this period (pro-rated by days when {@link #targetProrated()}), or null. */
    public BigDecimal target() {
        return target;
    }

    public boolean targetProrated() {
        return targetProrated;
    }

    /** Whether the indicator could be computed for the period; {@link #note()} says why not. */
    public boolean available() {
        return available;
    }

    /** Whether the indicator is a ratio or a count of qualifying sub-periods, shown with its two parts. */
    public boolean isRatio() {
        return ratio;
    }

    public boolean countsPeople() {
        return countsPeople;
    }

    public boolean derivedFromPeople() {
        return derivedFromPeople;
    }

    /** The unit of the denominator (weeks, days or the denominator indicator's unit), or null. */
    public String denominatorUnit() {
        return denominatorUnit;
    }

    /** Why the indicator is not available, or null. */
    public String note() {
        return note;
    }

    /** The status against the target; empty when it is withheld (see {@link #statusWithheld()}). */
    public Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    public PublishedFigure value() {
        return value;
    }

    public PublishedFigure numerator() {
        return numerator;
    }

    public PublishedFigure denominator() {
        return denominator;
    }

    public PublishedFigure achieved() {
        return achieved;
    }

    /** True when the status would narrow a hidden value down, so it is not shown. */
    public boolean statusWithheld() {
        return statusWithheld;
    }

    public List<PublishedBreakdown> breakdowns() {
        return breakdowns;
    }

    /** Why the breakdowns are not shown, or null when they are. */
    public String breakdownsWithheld() {
        return breakdownsWithheld;
    }

    /** The two-way table suppressed with this indicator's breakdowns, or null. */
    PublishedGrid grid() {
        return grid;
    }

    /** Whether any figure of this indicator (its value or a breakdown cell) is suppressed. */
    public boolean anySuppressed() {
        return value.isSuppressed() || breakdowns.stream()
                .anyMatch(b -> b.cells().stream().anyMatch(c -> c.figure().isSuppressed()));
    }
}

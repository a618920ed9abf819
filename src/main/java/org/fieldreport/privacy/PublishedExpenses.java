package org.fieldreport.privacy;

import java.util.List;
import java.util.stream.StreamSupport;
import org.fieldreport.indicators.Conversions;

/**
 * The expenses behind a budget report as outputs may list them: how many were converted (and how many of those at
 * a rate), each converted one made as it is read, and those that could not be converted.
 */
public final class PublishedExpenses {

    private final Conversions conversions;
    private final List<ExpenseLine> unconverted;

    PublishedExpenses(Conversions conversions) {
        this.conversions = conversions;
        this.unconverted = conversions.unconverted().stream().map(ExpenseLine::unconverted).toList();
    }

    /** How many expenses were converted (or were already in the reporting currency). */
    public int convertedCount() {
        return conversions.convertedCount();
    }

    /** How many of the converted expenses were booked in another currency and converted at a rate. */
    public long convertedAtARate() {
        return conversions.convertedAtARate();
    }

    /**
     * Every converted expense, in the order given, each made as it is read and not kept: for an output that lists a
     * million of them once.
     */
    public Iterable<ExpenseLine> oneByOne() {
        return () -> StreamSupport.stream(conversions.oneByOne().spliterator(), false)
                .map(ExpenseLine::converted).iterator();
    }

    /** The expenses that no rate applies to, in the order given. */
    public List<ExpenseLine> unconverted() {
        return unconverted;
    }
}

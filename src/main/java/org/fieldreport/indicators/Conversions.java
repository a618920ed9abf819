package org.fieldreport.indicators;

import java.util.Collections;
import java.util.List;
import org.fieldreport.model.Expense;

/**
 * The result of converting a set of expenses: those converted (or already in the reporting currency) and those
 * that could not be converted because no rate applies. Validation normally excludes the latter before they get
 * here; the engine still never converts them 1:1, it lists them.
 *
 * <p>The converted rows are made when first asked for, from the same rates: the budget's sums need only each row's
 * amount, and a million {@link ConvertedExpense}s would otherwise stay in memory for the outputs that never list
 * them.
 */
public final class Conversions {

    private final CurrencyConversion conversion;
    private final List<Expense> convertible;
    private final List<Expense> unconverted;
    private List<ConvertedExpense> converted;

    /**
     * {@code convertible} are the expenses that {@code conversion} converts, in order; the rest are apart. The lists
     * are the caller's to give away, not copies: a year's can hold a million expenses.
     */
    Conversions(CurrencyConversion conversion, List<Expense> convertible, List<Expense> unconverted) {
        this.conversion = conversion;
        this.convertible = Collections.unmodifiableList(convertible);
        this.unconverted = Collections.unmodifiableList(unconverted);
    }

    /** Every converted expense (or one already in the reporting currency), in the order given. */
    public synchronized List<ConvertedExpense> converted() {
        if (converted == null) {
            converted = convertible.stream().map(e -> conversion.convert(e).orElseThrow()).toList();
        }
        return converted;
    }

    /**
     * The same rows as {@link #converted()}, each made as it is read and not kept: for an output that lists a million
     * of them once.
     */
    public Iterable<ConvertedExpense> oneByOne() {
        return () -> convertible.stream().map(e -> conversion.convert(e).orElseThrow()).iterator();
    }

    /** How many expenses {@link #converted()} holds, without making them. */
    public int convertedCount() {
        return convertible.size();
    }

    /** How many of the converted expenses were booked in another currency and converted at a rate. */
    public long convertedAtARate() {
        return convertible.stream().filter(e -> !conversion.inReportingCurrency(e)).count();
    }

    /** The expenses that no rate applies to, in the order given. */
    public List<Expense> unconverted() {
        return unconverted;
    }
}

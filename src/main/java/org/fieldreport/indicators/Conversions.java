package org.fieldreport.indicators;

import java.util.List;
import org.fieldreport.model.Expense;

/**
 * The result of converting a set of expenses: those converted (or already in the reporting currency) and those
 * that could not be converted because no rate applies. Validation normally excludes the latter before they get
 * here; the engine still never converts them 1:1, it lists them.
 */
public record Conversions(List<ConvertedExpense> converted, List<Expense> unconverted) {

    public Conversions {
        converted = List.copyOf(converted);
        unconverted = List.copyOf(unconverted);
    }
}

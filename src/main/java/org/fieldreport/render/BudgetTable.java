package org.fieldreport.render;

import java.util.List;

/**
 * Budget against actual: the column titles, the rows (headings with their lines, then the total) and notes
 * under the table (rate policy, flexibility rule).
 *
 * @param columns titles of the figure columns, for example ["Budget", "Actual", "Variance", "Used"]
 * @param rows    headings, lines and totals in display order
 * @param notes   notes shown under the table
 * @param rates   each exchange rate the expenses were converted at, as it was read ("1 USD = 4,036 KHR ...")
 */
public record BudgetTable(List<String> columns, List<BudgetRow> rows, List<String> notes, List<String> rates) {

    public BudgetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        rates = List.copyOf(rates);
    }

    /** A table with no exchange rate to list. */
    public BudgetTable(List<String> columns, List<BudgetRow> rows, List<String> notes) {
        this(columns, rows, notes, List.of());
    }
}

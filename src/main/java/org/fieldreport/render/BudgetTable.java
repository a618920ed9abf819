package org.fieldreport.render;

import java.util.List;

/**
 * Budget against actual: the column titles, the rows (headings with their lines, then the total) and notes
 * under the table (rate policy, flexibility rule).
 *
 * @param columns titles of the figure columns, for example ["Budget", "Actual", "Variance", "Used"]
 * @param rows    headings, lines and totals in display order
 * @param notes   notes shown under the table
 */
public record BudgetTable(List<String> columns, List<BudgetRow> rows, List<String> notes) {

    public BudgetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}

package org.fieldreport.render;

import java.util.List;

/**
 * One row of the budget table: a heading (with its subtotal), a budget line or the total.
 *
 * @param kind    heading, line or total
 * @param code    the budget line code; may be empty
 * @param label   the heading or line name
 * @param figures the formatted figures, one per column of the table
 * @param flag    why the row is flagged (for example "Over the 10% flexibility"); empty when not flagged
 * @param note    the note explaining a flagged row; empty to show the placeholder
 */
public record BudgetRow(Kind kind, String code, String label, List<String> figures, String flag, String note) {

    public BudgetRow {
        figures = List.copyOf(figures);
    }

    public boolean flagged() {
        return !flag.isEmpty();
    }

    /** What a budget row is. */
    public enum Kind {
        HEADING, LINE, TOTAL
    }
}

package org.fieldreport.render;

import java.util.List;

/**
 * The logframe results table: one row per indicator, in logframe order, the notes a reader needs under the table
 * (what an asterisk means, why sites add up to more than a total), and the notes on method that belong in the
 * appendix (how % achieved and status are worked out, which breakdowns are not shown).
 *
 * @param rows      the rows
 * @param notes     shown under the table
 * @param methods   shown in the appendix
 * @param baselines true when some row has a baseline, so the table needs a baseline column
 */
public record ResultsTable(List<ResultRow> rows, List<String> notes, List<String> methods, boolean baselines) {

    public ResultsTable {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        methods = List.copyOf(methods);
    }

    public ResultsTable(List<ResultRow> rows, List<String> notes, List<String> methods) {
        this(rows, notes, methods, rows.stream().anyMatch(r -> !r.baseline().isEmpty()));
    }

    public ResultsTable(List<ResultRow> rows, List<String> notes) {
        this(rows, notes, List.of());
    }
}

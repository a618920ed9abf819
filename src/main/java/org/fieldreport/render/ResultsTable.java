package org.fieldreport.render;

import java.util.List;

/**
 * The logframe results table: one row per indicator, in logframe order, and notes shown under the table (for
 * example the suppression rule applied).
 */
public record ResultsTable(List<ResultRow> rows, List<String> notes) {

    public ResultsTable {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}

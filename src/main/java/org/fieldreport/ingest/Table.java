package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.Map;
import org.fieldreport.model.InputKind;

/**
 * What reading one input file produced: the rows that parsed, and the counts and totals that later stages need to
 * account for every row. {@code excludedLines} are the data lines rejected while reading; {@code excludedTotals} the
 * amounts of those rows, per currency, where the amount could be read.
 *
 * @param <R> what the accepted rows are held in: a list of model records, or columns for attendance
 */
public record Table<R>(
        InputKind kind,
        String file,
        boolean present,
        String sha256,
        long bytes,
        R rows,
        int rowsRead,
        int excludedRows,
        Map<String, BigDecimal> columnTotals,
        Map<String, BigDecimal> excludedTotals,
        int unreadableAmounts,
        Map<String, Integer> columns) {

    /** The number of rows accepted. */
    public int accepted() {
        return rowsRead - excludedRows;
    }
}

package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One breakdown of a count with its totals, before suppression: rows by columns (sites by month, sex by age band)
 * with row, column and grand totals, or one-way (sites against the project total, months against the year).
 *
 * <p>By default the totals are the sums of the cells. Distinct counts (children) are not additive: a child seen at
 * two sites counts once in the project total, so those tables are built with their totals given.
 */
public final class CountTable {

    private final String rowDimension;
    private final String columnDimension;
    private final List<String> rows;
    private final List<String> columns;
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    private CountTable(String rowDimension, String columnDimension, List<String> rows, List<String> columns,
            long[][] counts, long[] rowTotals, long[] columnTotals, long total) {
        this.rowDimension = rowDimension;
        this.columnDimension = columnDimension;
        this.rows = List.copyOf(rows);
        this.columns = columnDimension == null ? List.of() : List.copyOf(columns);
        requireDistinct(this.rows, rowDimension);
        requireDistinct(this.columns, columnDimension);
        if (rowDimension.equals(columnDimension)) {
            throw new IllegalArgumentException("rows and columns need different dimensions: " + rowDimension);
        }
        int width = columnDimension == null ? 1 : this.columns.size();
        if (counts.length != this.rows.size() || rowTotals.length != this.rows.size()
                || columnTotals.length != (columnDimension == null ? 0 : width)) {
            throw new IllegalArgumentException("counts do not match " + this.rows.size() + " rows");
        }
        this.counts = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != width) {
                throw new IllegalArgumentException("row " + this.rows.get(r) + " has " + counts[r].length
                        + " counts for " + width + " columns");
            }
            this.counts[r] = counts[r].clone();
            requireCounts(this.counts[r]);
        }
        this.rowTotals = rowTotals.clone();
        this.columnTotals = columnTotals.clone();
        requireCounts(this.rowTotals);
        requireCounts(this.columnTotals);
        requireCounts(new long[] {total});
        this.total = total;
    }

    /** Rows by columns; every total is the sum of its cells. */
    public static CountTable twoWay(String rowDimension, List<String> rows, String columnDimension,
            List<String> columns, long[][] counts) {
        long[] rowTotals = new long[counts.length];
        long[] columnTotals = new long[columns.size()];
        long total = 0;
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length && c < columnTotals.length; c++) {
                rowTotals[r] += counts[r][c];
                columnTotals[c] += counts[r][c];
                total += counts[r][c];
            }
        }
        return twoWayWithTotals(rowDimension, rows, columnDimension, columns, counts, rowTotals, columnTotals, total);
    }

    /** Rows by columns with the totals given, for distinct counts whose totals are not the sums of their cells. */
    public static CountTable twoWayWithTotals(String rowDimension, List<String> rows, String columnDimension,
            List<String> columns, long[][] counts, long[] rowTotals, long[] columnTotals, long total) {
        if (columnDimension == null) {
            throw new IllegalArgumentException("a two-way table needs a column dimension");
        }
        return new CountTable(rowDimension, columnDimension, rows, columns, counts, rowTotals, columnTotals, total);
    }

    /** One-way: each member against the total, which is the sum of the counts. */
    public static CountTable oneWay(String dimension, List<String> members, long... counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return oneWayWithTotal(dimension, members, counts, total);
    }

    /** One-way with the total given, for distinct counts. */
    public static CountTable oneWayWithTotal(String dimension, List<String> members, long[] counts, long total) {
        long[][] column = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            column[r] = new long[] {counts[r]};
        }
        return new CountTable(dimension, null, members, List.of(), column, counts.clone(), new long[0], total);
    }

    public boolean isOneWay() {
        return columnDimension == null;
    }

    /** The dimension of the rows (of the members, for a one-way table). */
    public String rowDimension() {
        return rowDimension;
    }

    /** The dimension of the columns; null for a one-way table. */
    public String columnDimension() {
        return columnDimension;
    }

    public List<String> rows() {
        return rows;
    }

    /** The column labels; empty for a one-way table. */
    public List<String> columns() {
        return columns;
    }

    /** The key of a cell of a two-way table. */
    public CellKey cellKey(int row, int column) {
        requireTwoWay();
        return CellKey.of(rowDimension, rows.get(row), columnDimension, columns.get(column));
    }

    /** The key of a row total of a two-way table, or of a member of a one-way table. */
    public CellKey rowKey(int row) {
        return CellKey.of(rowDimension, rows.get(row));
    }

    /** The key of a column total of a two-way table. */
    public CellKey columnKey(int column) {
        requireTwoWay();
        return CellKey.of(columnDimension, columns.get(column));
    }

    /** Every figure of the table with its key, row by row (cells, then the row total), then the totals row. */
    public Map<CellKey, Long> figures() {
        Map<CellKey, Long> figures = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!isOneWay()) {
                for (int c = 0; c < columns.size(); c++) {
                    figures.put(cellKey(r, c), counts[r][c]);
                }
            }
            figures.put(rowKey(r), rowTotals[r]);
        }
        for (int c = 0; c < columns.size(); c++) {
            figures.put(columnKey(c), columnTotals[c]);
        }
        figures.put(CellKey.TOTAL, total);
        return figures;
    }

    /**
     * The lines whose totals could give a hidden cell away: every row and every column, and in a two-way table the
     * totals column and the totals row, each against the grand total.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        if (isOneWay()) {
            // a total with no members (an indicator without breakdowns) stands alone: nothing adds up to it
            if (!rows.isEmpty()) {
                lines.add(line(rowKeys(), rowTotals, CellKey.TOTAL, total));
            }
            return lines;
        }
        for (int r = 0; r < rows.size(); r++) {
            List<CellKey> members = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                members.add(cellKey(r, c));
            }
            lines.add(line(members, counts[r], rowKey(r), rowTotals[r]));
        }
        for (int c = 0; c < columns.size(); c++) {
            List<CellKey> members = new ArrayList<>();
            long[] values = new long[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                members.add(cellKey(r, c));
                values[r] = counts[r][c];
            }
            lines.add(line(members, values, columnKey(c), columnTotals[c]));
        }
        lines.add(line(rowKeys(), rowTotals, CellKey.TOTAL, total));
        List<CellKey> columnKeys = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            columnKeys.add(columnKey(c));
        }
        lines.add(line(columnKeys, columnTotals, CellKey.TOTAL, total));
        return lines;
    }

    private List<CellKey> rowKeys() {
        List<CellKey> keys = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            keys.add(rowKey(r));
        }
        return keys;
    }

    private static Line line(List<CellKey> members, long[] values, CellKey totalKey, long totalValue) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return new Line(members, totalKey, sum == totalValue);
    }

    private void requireTwoWay() {
        if (isOneWay()) {
            throw new IllegalStateException("a one-way table has no columns");
        }
    }

    private static void requireDistinct(List<String> labels, String dimension) {
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("labels of " + dimension + " repeat: " + labels);
        }
    }

    private static void requireCounts(long[] values) {
        for (long value : values) {
            if (value < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + value);
            }
        }
    }
}

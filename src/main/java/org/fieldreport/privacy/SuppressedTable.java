package org.fieldreport.privacy;

import java.util.List;

/** One breakdown as an output shows it after suppression: each cell and each total with its state and text. */
public final class SuppressedTable {

    private final CountTable table;
    private final SuppressedCells cells;

    SuppressedTable(CountTable table, SuppressedCells cells) {
        this.table = table;
        this.cells = cells;
    }

    public List<String> rows() {
        return table.rows();
    }

    /** The column labels; empty for a one-way table. */
    public List<String> columns() {
        return table.columns();
    }

    public boolean isOneWay() {
        return table.isOneWay();
    }

    /** A cell of a two-way table. */
    public ShownCell cell(int row, int column) {
        return cells.cell(table.cellKey(row, column));
    }

    /** A row total of a two-way table, or a member of a one-way table. */
    public ShownCell row(int row) {
        return cells.cell(table.rowKey(row));
    }

    /** A column total of a two-way table. */
    public ShownCell column(int column) {
        return cells.cell(table.columnKey(column));
    }

    /** The grand total. */
    public ShownCell total() {
        return cells.cell(CellKey.TOTAL);
    }

    public SuppressionRule rule() {
        return cells.rule();
    }
}

package org.fieldreport.render.xlsx;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;

/**
 * A long list shown one item a row, possibly over several sheets ({@link SheetSplit}). Its frame, headers and
 * filter (an Excel table or a plain autofilter) are prepared on the in-memory workbook; its rows are then written,
 * to that workbook or streamed so that only a window of rows is ever held in memory. A table may end in a totals
 * row (SUBTOTAL formulas, so that a filter shows the total of the rows it keeps).
 *
 * @param <T> the kind of item listed
 */
final class DetailSheet<T> {

    /** Writes one item into row {@code r}. */
    interface RowWriter<T> {
        void write(SheetCells cells, int r, T item);
    }

    /**
     * Writes a table's totals row {@code r} below data rows {@code first} to {@code last} (0-based, inclusive) of
     * {@code part}.
     */
    interface TotalsWriter {
        void write(SheetCells cells, int r, int first, int last, SheetSplit.Part part);
    }

    /** The table's totals: the label under the first column and the SUBTOTAL columns. */
    record Totals(List<Integer> summedColumns, TotalsWriter writer) {
    }

    private final String title;
    private final List<String> headers;
    private final List<T> items;
    private final RowWriter<T> writer;
    private final String tableName;
    private final List<SheetSplit.Part> parts;
    private final java.util.Set<Integer> numberColumns;
    private final Totals totals;

    /** {@code tableName} null gives a plain autofilter instead of an Excel table. */
    DetailSheet(String baseName, String title, List<String> headers, List<T> items, RowWriter<T> writer,
                String tableName, int rowLimit) {
        this(baseName, title, headers, java.util.Set.of(), items, writer, tableName, null, rowLimit);
    }

    /**
     * An Excel table named {@code tableName} whose headers over {@code numberColumns} are aligned right and, with
     * {@code totals}, a totals row under each part (one row of the part's sheet is kept for it).
     */
    DetailSheet(String baseName, String title, List<String> headers, java.util.Set<Integer> numberColumns,
                List<T> items, RowWriter<T> writer, String tableName, Totals totals, int rowLimit) {
        this.numberColumns = java.util.Set.copyOf(numberColumns);
        this.totals = totals;
        this.title = title;
        this.headers = List.copyOf(headers);
        this.items = items;
        this.writer = writer;
        this.tableName = tableName;
        this.parts = SheetSplit.plan(baseName, items.size(),
                rowLimit - SheetCells.FIRST_DATA_ROW - (totals == null ? 0 : 1));
    }

    List<SheetSplit.Part> parts() {
        return parts;
    }

    /** Title, marking, header row and filter of one part, on the in-memory sheet. */
    void prepare(SheetSplit.Part part, SheetCells cells, SheetFrame frame) {
        String partTitle = part.parts() == 1 ? title
                : title + " – part " + part.number() + " of " + part.parts();
        frame.apply(cells, partTitle, SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, headers, numberColumns);
        int lastRow = SheetCells.HEADER_ROW + Math.max(1, part.rows()) + (totals == null ? 0 : 1);
        CellRangeAddress area = new CellRangeAddress(SheetCells.HEADER_ROW, lastRow, 0, headers.size() - 1);
        XSSFSheet sheet = (XSSFSheet) cells.sheet();
        if (tableName == null) {
            sheet.setAutoFilter(area);
            return;
        }
        AreaReference ref = new AreaReference(new CellReference(area.getFirstRow(), area.getFirstColumn()),
                new CellReference(area.getLastRow(), area.getLastColumn()), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(ref);
        String name = part.number() == 1 ? tableName : tableName + "_" + part.number();
        table.setName(name);
        table.setDisplayName(name);
        table.setStyleName("TableStyleMedium2");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        if (table.getCTTable().getAutoFilter() == null) {
            table.getCTTable().addNewAutoFilter();
        }
        if (totals == null) {
            table.getCTTable().getAutoFilter().setRef(ref.formatAsString());
            return;
        }
        // the filter covers the header and data rows; the totals row stays below it
        table.getCTTable().getAutoFilter().setRef(new AreaReference(
                new CellReference(area.getFirstRow(), area.getFirstColumn()),
                new CellReference(area.getLastRow() - 1, area.getLastColumn()), SpreadsheetVersion.EXCEL2007)
                .formatAsString());
        table.getCTTable().setTotalsRowCount(1);
        var columns = table.getCTTable().getTableColumns();
        columns.getTableColumnArray(0).setTotalsRowLabel(TOTAL);
        for (int c : totals.summedColumns()) {
            columns.getTableColumnArray(c).setTotalsRowFunction(STTotalsRowFunction.SUM);
        }
    }

    /** The label of a totals row. */
    static final String TOTAL = "Total";

    /** The 0-based row of a part's totals row (with at least one data row kept, empty or not). */
    static int totalsRow(SheetSplit.Part part) {
        return SheetCells.FIRST_DATA_ROW + Math.max(1, part.rows());
    }

    /** Streams the part's rows below its header; {@code cells} writes to the streaming sheet. */
    void stream(SheetSplit.Part part, SheetCells cells) {
        int r = SheetCells.FIRST_DATA_ROW;
        for (int i = part.from(); i < part.to(); i++) {
            writer.write(cells, r++, items.get(i));
        }
        if (totals != null) {
            int last = totalsRow(part) - 1;
            cells.text(totalsRow(part), 0, TOTAL, WorkbookStyles.Look.TEXT, true);
            totals.writer().write(cells, totalsRow(part), SheetCells.FIRST_DATA_ROW, last, part);
        }
        cells.widths().applyTo(cells.sheet(), headers.size());
    }
}

package org.fieldreport.render.xlsx;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * A long list shown one item a row, possibly over several sheets ({@link SheetSplit}). Its frame, headers and
 * filter (an Excel table or a plain autofilter) are prepared on the in-memory workbook; its rows are then streamed
 * so that only a window of rows is ever held in memory.
 *
 * @param <T> the kind of item listed
 */
final class DetailSheet<T> {

    /** Writes one item into row {@code r}. */
    interface RowWriter<T> {
        void write(SheetCells cells, int r, T item);
    }

    private final String title;
    private final List<String> headers;
    private final List<T> items;
    private final RowWriter<T> writer;
    private final String tableName;
    private final List<SheetSplit.Part> parts;

    /** {@code tableName} null gives a plain autofilter instead of an Excel table. */
    DetailSheet(String baseName, String title, List<String> headers, List<T> items, RowWriter<T> writer,
                String tableName, int rowLimit) {
        this.title = title;
        this.headers = List.copyOf(headers);
        this.items = items;
        this.writer = writer;
        this.tableName = tableName;
        this.parts = SheetSplit.plan(baseName, items.size(), rowLimit - SheetCells.FIRST_DATA_ROW);
    }

    List<SheetSplit.Part> parts() {
        return parts;
    }

    /** Title, marking, header row and filter of one part, on the in-memory sheet. */
    void prepare(SheetSplit.Part part, SheetCells cells, SheetFrame frame) {
        String partTitle = part.parts() == 1 ? title
                : title + " – part " + part.number() + " of " + part.parts();
        frame.apply(cells, partTitle, SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, headers);
        int lastRow = SheetCells.HEADER_ROW + Math.max(1, part.rows());
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
        table.getCTTable().getAutoFilter().setRef(ref.formatAsString());
    }

    /** Streams the part's rows below its header; {@code cells} writes to the streaming sheet. */
    void stream(SheetSplit.Part part, SheetCells cells) {
        int r = SheetCells.FIRST_DATA_ROW;
        for (int i = part.from(); i < part.to(); i++) {
            writer.write(cells, r++, items.get(i));
        }
        cells.widths().applyTo(cells.sheet(), headers.size());
    }
}

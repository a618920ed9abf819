package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Outreach sheet: one row per month, nights per area with a live total per month and per area (SUM formulas),
 * then children reached per area (never totalled: a child met in two months is one child), and below the table a
 * column chart of nights per month, one column per area (so that the table prints at a readable scale).
 */
final class OutreachSheet {

    private final SheetCells cells;
    private final WorkbookView.Outreach outreach;
    private final int areas;

    OutreachSheet(SheetCells cells, WorkbookView view) {
        this.cells = cells;
        this.outreach = view.outreach();
        this.areas = outreach.areas().size();
    }

    int totalColumn() {
        return 1 + areas;
    }

    int columns() {
        return 2 + 2 * areas;
    }

    int firstRow() {
        return SheetCells.FIRST_DATA_ROW;
    }

    int lastMonthRow() {
        return SheetCells.FIRST_DATA_ROW + outreach.months().size() - 1;
    }

    void write(SheetFrame frame, String periodLabel) {
        frame.apply(cells, "Outreach by month and area – " + periodLabel, SheetCells.HEADER_ROW);
        List<String> headers = new ArrayList<>();
        headers.add("Month");
        for (String area : outreach.areas()) {
            headers.add("Nights – " + area);
        }
        headers.add("Nights – all areas");
        for (String area : outreach.areas()) {
            headers.add("Children reached – " + area);
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (int c = 1; c < headers.size(); c++) {
            numbers.add(c);
        }
        cells.header(SheetCells.HEADER_ROW, headers, numbers);

        int r = firstRow();
        for (WorkbookView.OutreachMonth month : outreach.months()) {
            cells.month(r, 0, month.month(), false);
            for (int a = 0; a < areas; a++) {
                cells.count(r, 1 + a, month.nights().get(a), false);
                cells.figure(r, totalColumn() + 1 + a, month.childrenReached().get(a), Look.COUNT, false);
            }
            cells.formula(r, totalColumn(), sum(r, 1, r, areas), styleCount(false),
                    BigDecimal.valueOf(month.totalNights()), FormulaChecks.Tolerance.CENT, "");
            r++;
        }
        if (!outreach.months().isEmpty()) {
            cells.text(r, 0, "Total", Look.TEXT, true);
            for (int a = 0; a <= areas; a++) {
                long expected = a < areas ? outreach.nightsPerArea().get(a) : outreach.nights();
                cells.formula(r, 1 + a, sum(firstRow(), 1 + a, lastMonthRow(), 1 + a), styleCount(true),
                        BigDecimal.valueOf(expected), FormulaChecks.Tolerance.CENT, "");
            }
        }
        cells.widths().applyTo(cells.sheet(), columns());
    }

    private CellStyle styleCount(boolean bold) {
        return cells.styles().get(Look.COUNT, bold);
    }

    /** The chart of nights per month, one series per area; call after formulas are evaluated. */
    void chart(XSSFSheet sheet) {
        if (outreach.months().isEmpty()) {
            return;
        }
        CellRangeAddress months = new CellRangeAddress(firstRow(), lastMonthRow(), 0, 0);
        List<BarChart.Series> series = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            series.add(new BarChart.Series("Nights – " + outreach.areas().get(a),
                    new CellReference(sheet.getSheetName(), SheetCells.HEADER_ROW, 1 + a, true, true),
                    new CellRangeAddress(firstRow(), lastMonthRow(), 1 + a, 1 + a)));
        }
        BarChart.draw(sheet, 0, lastMonthRow() + 3, Math.max(6, columns()), 20, "Outreach nights per month",
                months, "mmm yyyy", series);
    }

    static String sum(int r1, int c1, int r2, int c2) {
        return "SUM(" + new CellRangeAddress(r1, r2, c1, c2).formatAsString() + ")";
    }
}

package org.fieldreport.render.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/** The Attendance sheet: sessions and participants per month, site and activity, with a filter on each column. */
final class AttendanceSheet {

    static final List<String> HEADERS = List.of("Month", "Site", "Activity", "Sessions", "Participants");

    private AttendanceSheet() {
    }

    static void write(SheetCells cells, SheetFrame frame, WorkbookView view) {
        frame.apply(cells, "Attendance by month, site and activity – " + view.summary().periodLabel(),
                SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, HEADERS, java.util.Set.of(3, 4));
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.AttendanceRow row : view.attendance()) {
            cells.month(r, 0, row.month(), false);
            cells.text(r, 1, row.site());
            cells.text(r, 2, row.activity());
            cells.count(r, 3, row.sessions(), false);
            cells.figure(r, 4, row.participants(), Look.COUNT, false);
            r++;
        }
        int last = Math.max(SheetCells.FIRST_DATA_ROW, r - 1);
        cells.sheet().setAutoFilter(new CellRangeAddress(SheetCells.HEADER_ROW, last, 0, HEADERS.size() - 1));
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }
}

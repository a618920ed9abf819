package org.fieldreport.render.xlsx;

import java.util.List;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/** The Summary sheet: who, where, which period, whether it is funded, the key figures and any notes. */
final class SummarySheet {

    private SummarySheet() {
    }

    /** {@code extraNotes} are the workbook's own notes, such as a sheet split over the row limit. */
    static void write(SheetCells cells, SheetFrame frame, WorkbookView view, List<String> extraNotes) {
        WorkbookView.Summary s = view.summary();
        frame.apply(cells, s.projectName() + " – project report", SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, List.of("Item", "Value"));
        int r = SheetCells.FIRST_DATA_ROW;
        r = pair(cells, r, "Project code", s.projectCode());
        r = pair(cells, r, "Project", s.projectName());
        r = pair(cells, r, "Location", s.location());
        r = pair(cells, r, "Partner", s.partner());
        r = pair(cells, r, "Funder", s.funder());
        r = pair(cells, r, "Reporting period", s.periodLabel());
        r = pair(cells, r, "Funding status", s.fundingStatus());
        r = pair(cells, r, "Reporting currency", view.reportingCurrency());
        r = pair(cells, r, "Audience", view.audience().name());
        r++;
        cells.text(r++, 0, "Key figures", Look.TEXT, true);
        for (WorkbookView.KeyFigure k : s.keyFigures()) {
            cells.text(r, 0, k.label());
            cells.keyFigure(r, 1, k.value(), k.kind(), view.reportingCurrency());
            r++;
        }
        if (!s.notes().isEmpty() || !extraNotes.isEmpty()) {
            r++;
            cells.text(r++, 0, "Notes", Look.TEXT, true);
            for (String note : s.notes()) {
                cells.note(r++, 0, note);
            }
            for (String note : extraNotes) {
                cells.note(r++, 0, note);
            }
        }
        cells.widths().applyTo(cells.sheet(), 2);
    }

    private static int pair(SheetCells cells, int r, String label, String value) {
        cells.text(r, 0, label, Look.TEXT, true);
        cells.text(r, 1, value);
        return r + 1;
    }
}

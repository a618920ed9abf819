package org.fieldreport.render.xlsx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The About sheet: each source file with its SHA-256 and row counts, the as-of time, the command that reproduces
 * the workbook, the audience and its suppression rule.
 */
final class AboutSheet {

    static final List<String> HEADERS = List.of("Source file", "SHA-256", "Rows read", "Accepted", "Excluded");

    private AboutSheet() {
    }

    static void write(SheetCells cells, SheetFrame frame, WorkbookView view, Instant asOf) {
        WorkbookView.About about = view.about();
        frame.apply(cells, "About this workbook", SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, HEADERS, java.util.Set.of(2, 3, 4));
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.SourceRow source : about.sources()) {
            cells.text(r, 0, source.file());
            cells.text(r, 1, source.sha256());
            cells.count(r, 2, source.rowsRead(), false);
            cells.count(r, 3, source.accepted(), false);
            cells.count(r, 4, source.excluded(), false);
            r++;
        }
        r++;
        cells.text(r, 0, "As of", Look.TEXT, true);
        cells.dateTime(r, 1, asOf.atOffset(ZoneOffset.UTC).toLocalDateTime());
        r++;
        r = pair(cells, r, "Reproduce with", about.command());
        r = pair(cells, r, "Audience", view.audience().name());
        r = pair(cells, r, "Suppression", view.audience().suppressionRule());
        pair(cells, r, "fieldreport version", about.toolVersion());
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }

    /** A label in column A and its value in column B. */
    private static int pair(SheetCells cells, int r, String label, String value) {
        cells.text(r, 0, label, Look.TEXT, true);
        cells.text(r, 1, value);
        return r + 1;
    }
}

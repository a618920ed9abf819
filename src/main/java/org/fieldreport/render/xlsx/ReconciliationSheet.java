package org.fieldreport.render.xlsx;

import java.util.List;
import java.util.Set;

/**
 * The Reconciliation sheet of the finance workbook: per money file (budget, expenses, funding) and currency, the
 * file's column total, the accepted and excluded amounts and their difference as a formula (accepted + excluded −
 * file total), which is zero when no amount was lost or counted twice.
 */
final class ReconciliationSheet {

    static final String NAME = "Reconciliation";
    static final List<String> HEADERS = List.of("File", "Currency", "File total", "Accepted", "Excluded",
            "Difference");

    private ReconciliationSheet() {
    }

    static void write(SheetCells cells, SheetFrame frame, WorkbookView view) {
        frame.apply(cells, "Reconciliation of the money files", SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, HEADERS, Set.of(2, 3, 4, 5));
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.ReconciliationRow row : view.reconciliation()) {
            cells.text(r, 0, row.file());
            cells.text(r, 1, row.currency());
            cells.money(r, 2, row.fileTotal(), row.currency(), false);
            cells.money(r, 3, row.accepted(), row.currency(), false);
            cells.money(r, 4, row.excluded(), row.currency(), false);
            int n = r + 1;
            cells.moneyFormula(r, 5, "D" + n + "+E" + n + "-C" + n, row.currency(), true, row.difference());
            r++;
        }
        cells.note(r + 1, 0, "Each difference is zero when accepted and excluded amounts add up to the file's total.");
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }
}

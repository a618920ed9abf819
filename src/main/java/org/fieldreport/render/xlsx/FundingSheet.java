package org.fieldreport.render.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Funding sheet: every pledge, commitment and receipt, then the engine's totals (pledged, committed, received),
 * the budget, coverage as a live formula (committed ÷ budget) and the funding status in words. Committed is the
 * engine's figure, not a SUMIF, because a receipt without a commitment counts as committed.
 */
final class FundingSheet {

    static final List<String> HEADERS = List.of("Date", "Kind", "Funder", "Amount", "Currency", "Reference");

    private FundingSheet() {
    }

    static void write(SheetCells cells, SheetFrame frame, WorkbookView view) {
        WorkbookView.Funding funding = view.funding();
        String currency = view.reportingCurrency();
        frame.apply(cells, "Funding – " + view.summary().periodLabel(), SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, HEADERS);
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.FundingRow row : funding.rows()) {
            cells.date(r, 0, row.date());
            cells.text(r, 1, row.kind());
            cells.text(r, 2, row.funder());
            cells.money(r, 3, row.amount(), row.currency(), false);
            cells.text(r, 4, row.currency());
            cells.text(r, 5, row.reference());
            r++;
        }
        r++;
        r = total(cells, r, "Pledged", funding.pledged(), currency);
        int committed = r;
        r = total(cells, r, "Committed (commitments and receipts)", funding.committed(), currency);
        r = total(cells, r, "Received", funding.received(), currency);
        int budget = r;
        r = total(cells, r, "Budget", funding.budget(), currency);
        cells.text(r, 2, "Coverage (committed ÷ budget)", Look.TEXT, true);
        if (funding.coverage() != null) {
            String d = new CellReference(committed, 3).formatAsString();
            String b = new CellReference(budget, 3).formatAsString();
            cells.shareFormula(r, 3, d + "/" + b, true, funding.coverage());
        }
        r++;
        cells.text(r, 2, "Status", Look.TEXT, true);
        cells.text(r, 3, funding.status(), Look.TEXT, true);
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }

    private static int total(SheetCells cells, int r, String label, java.math.BigDecimal amount, String currency) {
        cells.text(r, 2, label, Look.TEXT, true);
        cells.money(r, 3, amount, currency, true);
        return r + 1;
    }
}

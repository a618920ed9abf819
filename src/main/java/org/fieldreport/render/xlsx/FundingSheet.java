package org.fieldreport.render.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Funding sheet: every pledge, commitment and receipt, then the engine's totals: pledged, commitments, received
 * without a commitment, committed as a live formula (their sum), received beside them (never added: a receipt is
 * money arriving against a commitment), the budget, coverage as a live formula (committed ÷ budget) and the status
 * in words; then each donor's figures side by side. Received without a commitment is the engine's figure, not a
 * SUMIF, because it is worked out donor by donor.
 */
final class FundingSheet {

    static final List<String> HEADERS = List.of("Date", "Kind", "Funder", "Amount", "Currency", "Reference");
    static final List<String> DONOR_HEADERS = List.of("Donor", "Pledged", "Commitments", "Received",
            "Received without a commitment");

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
        r = total(cells, r, "Pledged (not counted)", funding.pledged(), currency);
        int commitments = r;
        r = total(cells, r, "Commitments", funding.commitments(), currency);
        int without = r;
        r = total(cells, r, "Received without a commitment", funding.receivedWithoutCommitment(), currency);
        int committed = r;
        cells.text(r, 2, "Committed (commitments + received without a commitment)", Look.TEXT, true);
        cells.moneyFormula(r, 3, ref(commitments) + "+" + ref(without), currency, true, funding.committed());
        r++;
        r = total(cells, r, "Received (against the commitments, not added)", funding.received(), currency);
        int budget = r;
        r = total(cells, r, "Budget", funding.budget(), currency);
        cells.text(r, 2, "Coverage (committed ÷ budget)", Look.TEXT, true);
        if (funding.coverage() != null) {
            cells.shareFormula(r, 3, ref(committed) + "/" + ref(budget), true, funding.coverage());
        }
        r++;
        cells.text(r, 2, "Status", Look.TEXT, true);
        cells.text(r, 3, funding.status(), Look.TEXT, true);
        r++;
        if (!funding.donors().isEmpty()) {
            r++;
            cells.header(r++, DONOR_HEADERS);
            for (WorkbookView.DonorRow d : funding.donors()) {
                cells.text(r, 0, d.donor());
                cells.money(r, 1, d.pledged(), currency, false);
                cells.money(r, 2, d.commitments(), currency, false);
                cells.money(r, 3, d.received(), currency, false);
                cells.money(r, 4, d.receivedWithoutCommitment(), currency, false);
                r++;
            }
        }
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }

    private static String ref(int row) {
        return new CellReference(row, 3).formatAsString();
    }

    private static int total(SheetCells cells, int r, String label, java.math.BigDecimal amount, String currency) {
        cells.text(r, 2, label, Look.TEXT, true);
        cells.money(r, 3, amount, currency, true);
        return r + 1;
    }
}

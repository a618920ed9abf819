package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Funding sheet: every pledge, commitment and receipt as an Excel table with a filter and a totals row, then
 * the totals as formulas over the table (pledged, commitments and received as {@code SUMIFS} by kind), the
 * receipts without (or beyond) a commitment (the engine's figure: it is worked out donor by donor), committed as
 * commitments plus those, received beside them (never added: a receipt is money arriving against a commitment),
 * the budget as a reference to the Budget sheet's total, coverage (committed ÷ budget) and the funding status in
 * words; then each donor's figures side by side, pledged, commitments and received again as {@code SUMIFS}.
 */
final class FundingSheet {

    static final String NAME = "Funding";
    static final List<String> HEADERS = List.of("Date", "Kind", "Funder", "Amount", "Currency", "Reference");
    static final List<String> DONOR_HEADERS = List.of("Donor", "Pledged", "Commitments", "Received",
            "Received without a commitment");
    private static final int KIND = 1;
    private static final int FUNDER = 2;
    private static final int AMOUNT = 3;

    private FundingSheet() {
    }

    /** {@code budgetTotal} is the Budget sheet's total budget cell ({@code Budget!$C$30}), or null without one. */
    static void write(SheetCells cells, SheetFrame frame, WorkbookView view, String budgetTotal) {
        WorkbookView.Funding funding = view.funding();
        String currency = view.reportingCurrency();
        DetailSheet.Totals totals = new DetailSheet.Totals(List.of(AMOUNT), (c, r, first, last, part) ->
                c.moneyFormula(r, AMOUNT, "SUBTOTAL(109," + new CellReference(first, AMOUNT).formatAsString() + ":"
                        + new CellReference(last, AMOUNT).formatAsString() + ")", currency, true, sum(funding)));
        DetailSheet<WorkbookView.FundingRow> table = new DetailSheet<>(NAME, "Funding – "
                + view.summary().periodLabel(), HEADERS, Set.of(AMOUNT), funding.rows(), (c, r, row) -> {
                    c.date(r, 0, row.date());
                    c.text(r, KIND, row.kind());
                    c.text(r, FUNDER, row.funder());
                    c.money(r, AMOUNT, row.amount(), row.currency(), false);
                    c.text(r, 4, row.currency());
                    c.text(r, 5, row.reference());
                }, NAME, totals, WorkbookWriter.EXCEL_ROWS);
        SheetSplit.Part part = table.parts().get(0);
        table.prepare(part, cells, frame);
        table.stream(part, cells);
        Entries entries = new Entries(funding.rows(), part);

        int r = DetailSheet.totalsRow(part) + 2;
        r = byKind(cells, r, "Pledged (not counted as committed)", entries.sum("pledge", null), funding.pledged(),
                currency);
        int commitments = r;
        r = byKind(cells, r, "Commitments", entries.sum("commitment", null), funding.commitments(), currency);
        int unmatched = r;
        r = label(cells, r, "Received without a commitment (counted as committed)");
        cells.money(unmatched, AMOUNT, funding.receivedWithoutCommitment(), currency, true);
        int committed = r;
        r = label(cells, r, "Committed (commitments + received without a commitment)");
        BigDecimal added = funding.commitments().add(funding.receivedWithoutCommitment());
        if (added.compareTo(funding.committed()) == 0) {
            cells.moneyFormula(committed, AMOUNT, ref(commitments) + "+" + ref(unmatched), currency, true,
                    funding.committed());
        } else {
            cells.money(committed, AMOUNT, funding.committed(), currency, true);
        }
        r = byKind(cells, r, "Received (against the commitments, not added)", entries.sum("receipt", null),
                funding.received(), currency);
        int budget = r;
        r = label(cells, r, "Budget");
        if (budgetTotal != null) {
            cells.moneyFormula(budget, AMOUNT, budgetTotal, currency, true, funding.budget());
        } else {
            cells.money(budget, AMOUNT, funding.budget(), currency, true);
        }
        int coverage = r;
        r = label(cells, r, "Coverage (committed ÷ budget)");
        if (funding.coverage() != null) {
            cells.shareFormula(coverage, AMOUNT, ref(committed) + "/" + ref(budget), true, funding.coverage());
        }
        label(cells, r, "Status");
        cells.text(r, AMOUNT, funding.status(), Look.TEXT, true);
        r++;
        if (!funding.donors().isEmpty()) {
            r++;
            cells.header(r++, DONOR_HEADERS);
            for (WorkbookView.DonorRow d : funding.donors()) {
                cells.text(r, 0, d.donor());
                donorFigure(cells, r, 1, entries.sum("pledge", d.donor()), d.pledged(), currency);
                donorFigure(cells, r, 2, entries.sum("commitment", d.donor()), d.commitments(), currency);
                donorFigure(cells, r, 3, entries.sum("receipt", d.donor()), d.received(), currency);
                cells.money(r, 4, d.receivedWithoutCommitment(), currency, false);
                r++;
            }
        }
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }

    /** The table's total: every entry's amount, whatever its kind (the filter narrows it). */
    private static BigDecimal sum(WorkbookView.Funding funding) {
        return funding.rows().stream().map(WorkbookView.FundingRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A total as its {@code SUMIFS} over the table when that gives the engine's figure, else the figure itself (an
     * entry in another currency or year, which the engine converts or leaves out, is not the table's to sum).
     */
    private static int byKind(SheetCells cells, int r, String label, Entries.Sum sum, BigDecimal expected,
                              String currency) {
        label(cells, r, label);
        figure(cells, r, AMOUNT, sum, expected, currency, true);
        return r + 1;
    }

    private static void donorFigure(SheetCells cells, int r, int column, Entries.Sum sum, BigDecimal expected,
                                    String currency) {
        figure(cells, r, column, sum, expected, currency, false);
    }

    private static void figure(SheetCells cells, int r, int column, Entries.Sum sum, BigDecimal expected,
                               String currency, boolean bold) {
        if (sum.value() != null && sum.value().compareTo(expected) == 0) {
            cells.moneyFormula(r, column, sum.formula(), currency, bold, expected);
        } else {
            cells.money(r, column, expected, currency, bold);
        }
    }

    private static int label(SheetCells cells, int r, String label) {
        cells.text(r, FUNDER, label, Look.TEXT, true);
        return r + 1;
    }

    private static String ref(int r) {
        return new CellReference(r, AMOUNT).formatAsString();
    }

    /** The table's entries, and the {@code SUMIFS} that adds those of one kind (and one funder) from its range. */
    private record Entries(List<WorkbookView.FundingRow> rows, SheetSplit.Part part) {

        record Sum(String formula, BigDecimal value) {
        }

        Sum sum(String kind, String funder) {
            if (funder != null && !funder.equals(SheetCells.storable(funder))) {
                return new Sum(null, null);
            }
            BigDecimal value = rows.stream().filter(e -> e.kind().equals(kind))
                    .filter(e -> funder == null || e.funder().equals(funder))
                    .map(WorkbookView.FundingRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String formula = "SUMIFS(" + range(AMOUNT) + "," + range(KIND) + ",\"" + kind + "\""
                    + (funder == null ? "" : "," + range(FUNDER) + "," + quoted(funder)) + ")";
            return new Sum(formula, value);
        }

        private String range(int column) {
            return new CellReference(SheetCells.FIRST_DATA_ROW, column, true, true).formatAsString() + ":"
                    + new CellReference(DetailSheet.totalsRow(part) - 1, column, true, true).formatAsString();
        }

        /**
         * A funder's name as a SUMIFS criterion: "=" first so that a name starting with {@code <} or {@code >} is
         * not read as a comparison, and the wildcards {@code * ? ~} escaped.
         */
        private static String quoted(String text) {
            return "\"=" + text.replace("~", "~~").replace("*", "~*").replace("?", "~?").replace("\"", "\"\"")
                    + "\"";
        }
    }
}

package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Budget sheet as an accountant would build it: lines under their headings with the year's budget, the budget
 * to date (the part expected to be spent by the period's end; the whole budget for a whole year) and actual as
 * numbers; remaining and % spent (against the year's budget), variance and variance % (against the budget to
 * date) as live formulas; subtotals per heading and the total as SUM
 * formulas; lines beyond the flexibility rule marked in the Flag column and highlighted by a conditional format on
 * that column, so the highlight follows the flag if someone edits it; and a variance-note column. Beside it, a
 * small table of budget and actual per heading (formulas pointing at the subtotals) feeds a clustered column chart.
 */
final class BudgetSheet {

    static final List<String> HEADERS = List.of("Code", "Budget line", "Budget", "Budget to date", "Actual",
            "Remaining", "% spent", "Variance", "Variance %", "Flag", "Variance note");
    static final String FLAG = "needs donor approval";
    static final int FLAG_COLUMN = 9;
    static final int HEADING_TABLE_COLUMN = 12;

    private final SheetCells cells;
    private final WorkbookView.Budget budget;
    private final String currency;
    private final List<Integer> subtotalRows = new ArrayList<>();
    private int totalRow = -1;

    BudgetSheet(SheetCells cells, WorkbookView view) {
        this.cells = cells;
        this.budget = view.budget();
        this.currency = view.reportingCurrency();
    }

    void write(SheetFrame frame) {
        frame.apply(cells, budget.title(), SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, HEADERS);
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.BudgetHeading heading : budget.headings()) {
            cells.text(r++, 0, heading.name(), Look.TEXT, true);
            int first = r;
            for (WorkbookView.BudgetLineRow line : heading.lines()) {
                cells.text(r, 0, line.code());
                cells.text(r, 1, line.name());
                cells.money(r, 2, line.figures().budget(), currency, false);
                cells.money(r, 3, line.figures().budgetToDate(), currency, false);
                cells.money(r, 4, line.figures().actual(), currency, false);
                derived(r, line.figures(), false);
                flagAndNote(r, line.flagged(), line.note());
                r++;
            }
            cells.text(r, 1, "Subtotal – " + heading.name(), Look.TEXT, true);
            for (int c = 2; c <= 4; c++) {
                String formula = heading.lines().isEmpty() ? "0" : OutreachSheet.sum(first, c, r - 1, c);
                cells.moneyFormula(r, c, formula, currency, true, summed(heading.subtotal(), c));
            }
            derived(r, heading.subtotal(), true);
            flagAndNote(r, heading.flagged(), null);
            subtotalRows.add(r);
            r++;
        }
        totalRow = r;
        cells.text(r, 1, "Total", Look.TEXT, true);
        for (int c = 2; c <= 4; c++) {
            List<String> refs = new ArrayList<>();
            for (int s : subtotalRows) {
                refs.add(new CellReference(s, c).formatAsString());
            }
            String formula = refs.isEmpty() ? "0" : "SUM(" + String.join(",", refs) + ")";
            cells.moneyFormula(r, c, formula, currency, true, summed(budget.total(), c));
        }
        derived(r, budget.total(), true);
        flagAndNote(r, budget.totalFlagged(), null);
        cells.note(r + 2, 0, "Highlighted rows (" + FLAG + "): " + budget.rule());
        highlightFlagged();
        headingTable();
        cells.widths().applyTo(cells.sheet(), HEADING_TABLE_COLUMN + 3);
    }

    /** The figure a subtotal or total sums in column {@code c}: budget (C), budget to date (D) or actual (E). */
    private static BigDecimal summed(WorkbookView.BudgetFigures f, int c) {
        return switch (c) {
            case 2 -> f.budget();
            case 3 -> f.budgetToDate();
            default -> f.actual();
        };
    }

    /**
     * Remaining and % spent of row {@code r} against the year's budget (C), variance and variance % against the
     * budget to date (D), as formulas over those and the actual (E).
     */
    private void derived(int r, WorkbookView.BudgetFigures f, boolean bold) {
        String c = "C" + (r + 1);
        String d = "D" + (r + 1);
        String e = "E" + (r + 1);
        String h = "H" + (r + 1);
        cells.moneyFormula(r, 5, c + "-" + e, currency, bold, f.remaining());
        cells.shareFormula(r, 6, "IF(" + c + "=0,\"\"," + e + "/" + c + ")", bold, f.spent());
        cells.moneyFormula(r, 7, e + "-" + d, currency, bold, f.variance());
        cells.shareFormula(r, 8, "IF(" + d + "=0,\"\"," + h + "/" + d + ")", bold, f.varianceShare());
    }

    private void flagAndNote(int r, boolean flagged, String note) {
        if (flagged) {
            cells.text(r, FLAG_COLUMN, FLAG);
        }
        if (note != null && !note.isEmpty()) {
            cells.text(r, FLAG_COLUMN + 1, note);
        }
    }

    /** The range the flag highlight covers: every row from the first line to the total, columns A to J. */
    CellRangeAddress highlighted() {
        return new CellRangeAddress(SheetCells.FIRST_DATA_ROW, totalRow, 0, HEADERS.size() - 1);
    }

    private void highlightFlagged() {
        SheetConditionalFormatting formatting = cells.sheet().getSheetConditionalFormatting();
        String flagCell = "$" + CellReference.convertNumToColString(FLAG_COLUMN) + (SheetCells.FIRST_DATA_ROW + 1);
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(flagCell + "<>\"\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {highlighted()}, rule);
    }

    private void headingTable() {
        int c = HEADING_TABLE_COLUMN;
        cells.text(SheetCells.HEADER_ROW, c, "Heading", Look.HEADER, false);
        cells.text(SheetCells.HEADER_ROW, c + 1, "Budget", Look.HEADER, false);
        cells.text(SheetCells.HEADER_ROW, c + 2, "Actual", Look.HEADER, false);
        int r = SheetCells.FIRST_DATA_ROW;
        for (int h = 0; h < budget.headings().size(); h++) {
            WorkbookView.BudgetHeading heading = budget.headings().get(h);
            int s = subtotalRows.get(h) + 1;
            cells.text(r, c, heading.name());
            cells.moneyFormula(r, c + 1, "C" + s, currency, false, heading.subtotal().budget());
            cells.moneyFormula(r, c + 2, "E" + s, currency, false, heading.subtotal().actual());
            r++;
        }
    }

    /** Budget against actual per heading; call after formulas are evaluated. */
    void chart(XSSFSheet sheet) {
        int headings = budget.headings().size();
        if (headings == 0) {
            return;
        }
        int first = SheetCells.FIRST_DATA_ROW;
        int last = first + headings - 1;
        int c = HEADING_TABLE_COLUMN;
        String name = sheet.getSheetName();
        List<BarChart.Series> series = List.of(
                new BarChart.Series("Budget", new CellReference(name, SheetCells.HEADER_ROW, c + 1, true, true),
                        new CellRangeAddress(first, last, c + 1, c + 1)),
                new BarChart.Series("Actual", new CellReference(name, SheetCells.HEADER_ROW, c + 2, true, true),
                        new CellRangeAddress(first, last, c + 2, c + 2)));
        BarChart.draw(sheet, c, last + 2, 8, 18, "Budget against actual by heading (" + currency + ")",
                new CellRangeAddress(first, last, c, c), null, series);
    }
}

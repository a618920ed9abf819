package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Budget sheet as an accountant would build it: lines under their headings with the year's budget and the
 * budget to date (the part expected to be spent by the period's end; the whole budget for a whole year) as numbers;
 * the actual in the period, the actual to date and the amounts booked in each other currency (riel) as
 * {@code SUMIFS} over the Expenses table by line code and date, between the dates written under the table, so that
 * a finance officer can follow any figure to the expenses behind it; remaining and % spent (against the year's
 * budget), variance and variance % (against the budget to date) as formulas; subtotals per heading and the total as
 * SUM formulas; lines beyond the flexibility rule marked in the Flag column and highlighted by a conditional format
 * on that column, so the highlight follows the flag if someone edits it; the officers' variance notes. Below: a
 * small table of budget and actual per heading (formulas pointing at the subtotals) and its column chart.
 */
final class BudgetSheet {

    /** Each figure named by its basis, in the words of the PDF, HTML and terminal budget tables. */
    static final List<String> FIGURE_HEADERS = List.of("Code", "Budget line", "Budget for the year",
            "Budget to date", "Actual in the period", "Actual year to date", "Remaining of the year's budget",
            "Spent of the year's budget", "Variance against budget to date", "Variance % of budget to date");
    static final String FLAG = "needs donor approval";
    static final int BOOKED_COLUMN = FIGURE_HEADERS.size();
    private static final int BUDGET = 2;
    private static final int TO_DATE = 3;
    private static final int PERIOD_ACTUAL = 4;
    private static final int ACTUAL = 5;

    private final SheetCells cells;
    private final WorkbookView.Budget budget;
    private final String currency;
    private final List<SheetSplit.Part> expenses;
    private final List<Integer> subtotalRows = new ArrayList<>();
    private final int totalRow;
    private int headingTableRow = -1;

    BudgetSheet(SheetCells cells, WorkbookView view, List<SheetSplit.Part> expenses) {
        this.cells = cells;
        this.budget = view.budget();
        this.currency = view.reportingCurrency();
        this.expenses = expenses;
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.BudgetHeading heading : budget.headings()) {
            r += heading.lines().size() + 2;
        }
        this.totalRow = r;
    }

    int flagColumn() {
        return BOOKED_COLUMN + budget.bookedCurrencies().size();
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>(FIGURE_HEADERS);
        for (String c : budget.bookedCurrencies()) {
            headers.add(c + " booked to date");
        }
        headers.add("Flag");
        headers.add("Variance note");
        return headers;
    }

    /** The row of the total (0-based); its budget is in column C. */
    int totalRow() {
        return totalRow;
    }

    private int yearStartRow() {
        return totalRow + 3;
    }

    void write(SheetFrame frame) {
        frame.apply(cells, budget.title(), SheetCells.HEADER_ROW);
        Set<Integer> numbers = new HashSet<>();
        for (int c = BUDGET; c < flagColumn(); c++) {
            numbers.add(c);
        }
        cells.header(SheetCells.HEADER_ROW, headers(), numbers);
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.BudgetHeading heading : budget.headings()) {
            cells.text(r++, 0, heading.name(), Look.TEXT, true);
            int first = r;
            for (WorkbookView.BudgetLineRow line : heading.lines()) {
                cells.text(r, 0, line.code());
                cells.text(r, 1, line.name());
                cells.money(r, BUDGET, line.figures().budget(), currency, false);
                cells.money(r, TO_DATE, line.figures().budgetToDate(), currency, false);
                actuals(r, line);
                derived(r, line.figures(), false);
                flagAndNote(r, line.flagged(), line.note());
                r++;
            }
            cells.text(r, 1, "Subtotal – " + heading.name(), Look.TEXT, true);
            for (int c = BUDGET; c < flagColumn(); c++) {
                if (c < ACTUAL + 1 || c >= BOOKED_COLUMN) {
                    String formula = heading.lines().isEmpty() ? "0" : OutreachSheet.sum(first, c, r - 1, c);
                    moneyFormula(r, c, formula, true, summed(heading.subtotal(), heading.booked(), c));
                }
            }
            derived(r, heading.subtotal(), true);
            flagAndNote(r, heading.flagged(), null);
            subtotalRows.add(r);
            r++;
        }
        cells.text(r, 1, "Total", Look.TEXT, true);
        for (int c = BUDGET; c < flagColumn(); c++) {
            if (c < ACTUAL + 1 || c >= BOOKED_COLUMN) {
                List<String> refs = new ArrayList<>();
                for (int s : subtotalRows) {
                    refs.add(new CellReference(s, c).formatAsString());
                }
                String formula = refs.isEmpty() ? "0" : "SUM(" + String.join(",", refs) + ")";
                moneyFormula(r, c, formula, true, summed(budget.total(), budget.totalBooked(), c));
            }
        }
        derived(r, budget.total(), true);
        flagAndNote(r, budget.totalFlagged(), null);
        cells.note(r + 2, 0, "Highlighted rows (" + FLAG + "): " + budget.rule());
        countedDates();
        highlightFlagged();
        headingTable();
        cells.widths().applyTo(cells.sheet(), headers().size());
    }

    private void moneyFormula(int r, int c, String formula, boolean bold, BigDecimal expected) {
        String in = c >= BOOKED_COLUMN ? budget.bookedCurrencies().get(c - BOOKED_COLUMN) : currency;
        cells.moneyFormula(r, c, formula, in, bold, expected);
    }

    /** The figure column {@code c} of a subtotal or total sums. */
    private BigDecimal summed(WorkbookView.BudgetFigures f, java.util.Map<String, BigDecimal> booked, int c) {
        if (c >= BOOKED_COLUMN) {
            return booked.getOrDefault(budget.bookedCurrencies().get(c - BOOKED_COLUMN), BigDecimal.ZERO);
        }
        return switch (c) {
            case BUDGET -> f.budget();
            case TO_DATE -> f.budgetToDate();
            case PERIOD_ACTUAL -> f.periodActual();
            default -> f.actual();
        };
    }

    /** A line's actuals and booked amounts: SUMIFS over the Expenses table by its code and the counted dates. */
    private void actuals(int r, WorkbookView.BudgetLineRow line) {
        String code = "$A" + (r + 1);
        String periodFrom = "\">=\"&" + absolute(yearStartRow() + 1, 2);
        String yearFrom = "\">=\"&" + absolute(yearStartRow(), 2);
        String to = "\"<=\"&" + absolute(yearStartRow() + 2, 2);
        moneyFormula(r, PERIOD_ACTUAL, ExpensesSheet.sumIfs(expenses, ExpensesSheet.CONVERTED,
                byLineAndDate(code, periodFrom, to)), false, line.figures().periodActual());
        moneyFormula(r, ACTUAL, ExpensesSheet.sumIfs(expenses, ExpensesSheet.CONVERTED,
                byLineAndDate(code, yearFrom, to)), false, line.figures().actual());
        for (int i = 0; i < budget.bookedCurrencies().size(); i++) {
            String booked = budget.bookedCurrencies().get(i);
            List<Object[]> criteria = new ArrayList<>(byLineAndDate(code, yearFrom, to));
            criteria.add(new Object[] {ExpensesSheet.CURRENCY, "\"" + booked.replace("\"", "\"\"") + "\""});
            moneyFormula(r, BOOKED_COLUMN + i, ExpensesSheet.sumIfs(expenses, ExpensesSheet.BOOKED, criteria), false,
                    line.booked().getOrDefault(booked, BigDecimal.ZERO));
        }
    }

    private static List<Object[]> byLineAndDate(String code, String from, String to) {
        return List.of(new Object[] {ExpensesSheet.LINE, code}, new Object[] {ExpensesSheet.DATE, from},
                new Object[] {ExpensesSheet.DATE, to});
    }

    private static String absolute(int r, int c) {
        return new CellReference(r, c, true, true).formatAsString();
    }

    /** The dates the actuals count between, which their SUMIFS read; a finance officer may change them. */
    private void countedDates() {
        WorkbookView.Counted counted = budget.counted();
        if (counted == null) {
            return;
        }
        int r = yearStartRow();
        cells.text(r, 1, "Actual year to date counts expenses dated from");
        cells.date(r, 2, counted.yearStart());
        cells.text(r + 1, 1, "Actual in the period counts expenses dated from");
        cells.date(r + 1, 2, counted.periodStart());
        cells.text(r + 2, 1, "Both count expenses dated up to and including");
        cells.date(r + 2, 2, counted.lastDay());
    }

    /**
     * Remaining and % spent of row {@code r} against the year's budget (C), variance and variance % against the
     * budget to date (D), as formulas over those and the actual to date (F).
     */
    private void derived(int r, WorkbookView.BudgetFigures f, boolean bold) {
        String c = "C" + (r + 1);
        String d = "D" + (r + 1);
        String actual = "F" + (r + 1);
        String variance = "I" + (r + 1);
        cells.moneyFormula(r, 6, c + "-" + actual, currency, bold, f.remaining());
        cells.shareFormula(r, 7, "IF(" + c + "=0,\"\"," + actual + "/" + c + ")", bold, f.spent());
        cells.moneyFormula(r, 8, actual + "-" + d, currency, bold, f.variance());
        cells.shareFormula(r, 9, "IF(" + d + "=0,\"\"," + variance + "/" + d + ")", bold, f.varianceShare());
    }

    private void flagAndNote(int r, boolean flagged, String note) {
        if (flagged) {
            cells.text(r, flagColumn(), FLAG);
        }
        if (note != null && !note.isEmpty()) {
            cells.text(r, flagColumn() + 1, note);
        }
    }

    /** The range the flag highlight covers: every row from the first line to the total, up to the flag. */
    CellRangeAddress highlighted() {
        return new CellRangeAddress(SheetCells.FIRST_DATA_ROW, totalRow, 0, flagColumn());
    }

    private void highlightFlagged() {
        SheetConditionalFormatting formatting = cells.sheet().getSheetConditionalFormatting();
        String flagCell = "$" + CellReference.convertNumToColString(flagColumn()) + (SheetCells.FIRST_DATA_ROW + 1);
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(flagCell + "<>\"\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {highlighted()}, rule);
    }

    /** Budget and actual to date per heading, under the table, pointing at the subtotals: the chart's data. */
    private void headingTable() {
        if (budget.headings().isEmpty()) {
            return;
        }
        headingTableRow = yearStartRow() + 4;
        int r = headingTableRow;
        cells.text(r, 1, "Heading", Look.HEADER, false);
        cells.text(r, 2, "Budget for the year", Look.HEADER_NUMBER, false);
        cells.text(r, 3, "Actual year to date", Look.HEADER_NUMBER, false);
        for (int h = 0; h < budget.headings().size(); h++) {
            WorkbookView.BudgetHeading heading = budget.headings().get(h);
            int s = subtotalRows.get(h) + 1;
            r++;
            cells.text(r, 1, heading.name());
            cells.moneyFormula(r, 2, "C" + s, currency, false, heading.subtotal().budget());
            cells.moneyFormula(r, 3, "F" + s, currency, false, heading.subtotal().actual());
        }
    }

    /** Budget against actual per heading, below the heading table; call after formulas are evaluated. */
    void chart(XSSFSheet sheet) {
        if (headingTableRow < 0) {
            return;
        }
        int first = headingTableRow + 1;
        int last = headingTableRow + budget.headings().size();
        String name = sheet.getSheetName();
        List<BarChart.Series> series = List.of(
                new BarChart.Series("Budget", new CellReference(name, headingTableRow, 2, true, true),
                        new CellRangeAddress(first, last, 2, 2)),
                new BarChart.Series("Actual", new CellReference(name, headingTableRow, 3, true, true),
                        new CellRangeAddress(first, last, 3, 3)));
        BarChart.draw(sheet, 1, last + 2, 8, 18, "Budget against actual by heading (" + currency + ")",
                new CellRangeAddress(first, last, 1, 1), null, series);
    }
}

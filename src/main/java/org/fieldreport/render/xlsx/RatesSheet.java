package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Rates sheet of the finance workbook: every exchange rate the listed expenses were converted at, with its date
 * and source, and how many expenses used it as a {@code COUNTIFS} over the Expenses table, so that a rate can be
 * checked against the bank's and followed to its expenses (filter the Expenses table on it).
 */
final class RatesSheet {

    static final String NAME = "Rates";

    private RatesSheet() {
    }

    static List<String> headers(String currency) {
        return List.of("Currency", "Rate", "Rate date", "Source", "Expenses at this rate", "Reads");
    }

    static void write(SheetCells cells, SheetFrame frame, WorkbookView view, List<SheetSplit.Part> expenses) {
        frame.apply(cells, "Exchange rates used – " + view.summary().periodLabel(), SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, headers(view.reportingCurrency()), Set.of(1, 4));
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.RateRow rate : view.rates()) {
            cells.text(r, 0, rate.currency());
            cells.number(r, 1, rate.rate(), Look.RATE, false);
            cells.date(r, 2, rate.date());
            cells.text(r, 3, rate.source());
            List<Object[]> criteria = new ArrayList<>();
            criteria.add(new Object[] {ExpensesSheet.CURRENCY, "\"=\"&$A" + (r + 1)});
            criteria.add(new Object[] {ExpensesSheet.RATE, "$B" + (r + 1)});
            criteria.add(new Object[] {ExpensesSheet.RATE + 1, "$C" + (r + 1)});
            criteria.add(new Object[] {ExpensesSheet.RATE + 2, "\"=\"&$D" + (r + 1)});
            cells.formula(r, 4, ExpensesSheet.countIfs(expenses, criteria), cells.styles().get(Look.COUNT),
                    BigDecimal.valueOf(rate.expenses()), FormulaChecks.Tolerance.CENT, "");
            cells.text(r, 5, rate.reads());
            r++;
        }
        if (view.rates().isEmpty()) {
            cells.note(r, 0, "No expense of these dates was booked in another currency.");
        }
        cells.widths().applyTo(cells.sheet(), 6);
    }
}

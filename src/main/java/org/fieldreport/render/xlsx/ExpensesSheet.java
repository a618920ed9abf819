package org.fieldreport.render.xlsx;

import java.util.List;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Expenses sheet: every accepted expense as an Excel table with a filter on each column, amounts numeric in
 * their own currency and in the reporting currency, with the rate, its date and its source for converted rows.
 */
final class ExpensesSheet {

    static final String NAME = "Expenses";

    private ExpensesSheet() {
    }

    static List<String> headers(String currency) {
        return List.of("Date", "Line", "Description", "Amount", "Currency", "Rate", "Rate date", "Rate source",
                "Amount (" + currency + ")", "Reference");
    }

    static DetailSheet<WorkbookView.ExpenseRow> detail(WorkbookView view, int rowLimit) {
        String currency = view.reportingCurrency();
        return new DetailSheet<>(NAME, "Expenses – " + view.summary().periodLabel(), headers(currency),
                view.expenses(), (cells, r, e) -> {
                    cells.date(r, 0, e.date());
                    cells.text(r, 1, e.lineCode());
                    cells.text(r, 2, e.description());
                    cells.money(r, 3, e.originalAmount(), e.originalCurrency(), false);
                    cells.text(r, 4, e.originalCurrency());
                    cells.number(r, 5, e.rate(), Look.RATE, false);
                    cells.date(r, 6, e.rateDate());
                    cells.text(r, 7, e.rateSource());
                    cells.money(r, 8, e.amount(), currency, false);
                    cells.text(r, 9, e.reference());
                }, NAME, rowLimit);
    }
}

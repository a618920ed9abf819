package org.fieldreport.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Expenses sheet: every expense the Budget sheet's actuals sum, as an Excel table with a filter on each column
 * and a totals row. The booked amount is a number in its own currency's decimals beside a Currency column; the
 * amount in the reporting currency is a live formula, the booked amount divided by the rate and rounded to the
 * reporting currency's minor unit ({@code ROUND(D4/F4,2)}; times the rate, {@code ROUND(D4*F4,2)}, for a rate quoted
 * as reporting units per booked unit, "KES per USD" on USD), as the ledger converts each expense once. The Budget
 * sheet's actuals are {@code SUMIFS} over this table's columns ({@link #sumIfs}).
 */
final class ExpensesSheet {

    static final String NAME = "Expenses";

    /** Columns (0-based) the Budget sheet's SUMIFS read. */
    static final int DATE = 0;
    static final int LINE = 1;
    static final int BOOKED = 3;
    static final int CURRENCY = 4;
    static final int RATE = 5;
    static final int CONVERTED = 8;

    private ExpensesSheet() {
    }

    static List<String> headers(String currency) {
        return List.of("Date", "Line", "Description", "Amount booked", "Currency", "Rate",
                "Rate date", "Rate source", "Amount (" + currency + ")", "Reference", "Rate quoted as");
    }

    static DetailSheet<WorkbookView.ExpenseRow> detail(WorkbookView view, int rowLimit) {
        String currency = view.reportingCurrency();
        int decimals = WorkbookStyles.decimals(currency);
        DetailSheet.Totals totals = new DetailSheet.Totals(List.of(CONVERTED), (cells, r, first, last, part) ->
                cells.moneyFormula(r, CONVERTED, "SUBTOTAL(109," + column(first, last, CONVERTED) + ")", currency,
                        true, partTotal(view, part)));
        return new DetailSheet<>(NAME, title(view), headers(currency), Set.of(BOOKED, RATE, CONVERTED),
                view.expenses(), (cells, r, e) -> {
                    cells.date(r, DATE, e.date());
                    cells.text(r, LINE, e.lineCode());
                    cells.text(r, 2, e.description());
                    cells.money(r, BOOKED, e.originalAmount(), e.originalCurrency(), false);
                    cells.text(r, CURRENCY, e.originalCurrency());
                    cells.number(r, RATE, e.rate(), Look.RATE, false);
                    cells.date(r, 6, e.rateDate());
                    cells.text(r, 7, e.rateSource());
                    String booked = new CellReference(r, BOOKED).formatAsString();
                    String converted = e.rate() == null ? booked
                            : booked + (e.multiplies() ? "*" : "/") + new CellReference(r, RATE).formatAsString();
                    cells.moneyFormula(r, CONVERTED, "ROUND(" + converted + "," + decimals + ")", currency, false,
                            e.amount());
                    cells.text(r, 9, e.reference());
                    cells.text(r, 10, e.quote() == null ? "" : e.quote().text());
                }, NAME, totals, rowLimit);
    }

    /**
     * What a part's totals row shows: the view's total for a single sheet (the budget's actual to date, so the
     * listing is checked against it), else the sum of the part's amounts.
     */
    private static java.math.BigDecimal partTotal(WorkbookView view, SheetSplit.Part part) {
        if (part.parts() == 1) {
            return view.expensesTotal();
        }
        return view.expenses().subList(part.from(), part.to()).stream().map(WorkbookView.ExpenseRow::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    private static String title(WorkbookView view) {
        WorkbookView.Counted counted = view.budget().counted();
        if (counted == null) {
            return "Expenses – " + view.summary().periodLabel();
        }
        return "Expenses – " + counted.yearStart() + " to " + counted.lastDay()
                + " (the expenses the Budget sheet's actuals sum)";
    }

    /** Rows {@code first} to {@code last} (0-based) of {@code column}, as a relative range. */
    private static String column(int first, int last, int column) {
        return new CellReference(first, column).formatAsString() + ":"
                + new CellReference(last, column).formatAsString();
    }

    /**
     * {@code SUMIFS} of column {@code summed} over every part of the expenses, under {@code criteria}: pairs of a
     * column of this sheet and a criterion (a formula fragment, such as {@code $A5} or {@code ">="&$C$30}).
     */
    static String sumIfs(List<SheetSplit.Part> parts, int summed, List<Object[]> criteria) {
        return overParts(parts, "SUMIFS(", summed, criteria);
    }

    /** {@code COUNTIFS} over every part of the expenses, under {@code criteria} as for {@link #sumIfs}. */
    static String countIfs(List<SheetSplit.Part> parts, List<Object[]> criteria) {
        return overParts(parts, "COUNTIFS(", -1, criteria);
    }

    private static String overParts(List<SheetSplit.Part> parts, String function, int summed,
                                    List<Object[]> criteria) {
        List<String> terms = new ArrayList<>();
        for (SheetSplit.Part part : parts) {
            List<String> arguments = new ArrayList<>();
            if (summed >= 0) {
                arguments.add(range(part, summed));
            }
            for (Object[] c : criteria) {
                arguments.add(range(part, (Integer) c[0]));
                arguments.add((String) c[1]);
            }
            terms.add(function + String.join(",", arguments) + ")");
        }
        return String.join("+", terms);
    }

    /** A part's data rows of {@code column}, absolute, with the sheet's name: {@code Expenses!$I$4:$I$380}. */
    private static String range(SheetSplit.Part part, int column) {
        int first = SheetCells.FIRST_DATA_ROW;
        int last = DetailSheet.totalsRow(part) - 1;
        return SheetNameFormatter.format(part.sheetName()) + "!" + new CellReference(first, column, true, true).formatAsString() + ":"
                + new CellReference(last, column, true, true).formatAsString();
    }
}

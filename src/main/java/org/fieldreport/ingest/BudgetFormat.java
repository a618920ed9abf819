package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.List;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Money;
import org.fieldreport.model.Project;

/** {@code budget.csv}: the approved (or last amended) budget, one row per line per project year. */
public final class BudgetFormat implements InputFormat<BudgetLine> {

    private static final List<Column> COLUMNS = List.of(
            Column.required("year", "project year", "1"),
            Column.required("line_code", "text", "P1"),
            Column.required("line", "text", "Night outreach teams"),
            Column.required("heading", "text", "Programme"),
            Column.required("amount", "money", "12,600.00"),
            Column.optional("currency", "ISO code", "USD"));

    @Override
    public InputKind kind() {
        return InputKind.BUDGET;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String amountColumn() {
        return "amount";
    }

    @Override
    public BudgetLine parse(RowFields f, Project project) {
        int year = ProjectYearText.read(f, "year", project);
        String code = f.required("line_code");
        String line = f.required("line");
        String heading = f.required("heading");
        BigDecimal amount = f.amount("amount");
        String currency = CurrencyCode.read(f, "currency", project.currency());
        if (currency != null && !currency.equals(project.currency())) {
            f.error("budget-currency", "currency", "the budget is in " + currency + ", not the reporting currency "
                    + project.currency(), "state every budget line in " + project.currency());
        }
        if (f.hasErrors()) {
            return null;
        }
        return new BudgetLine(year, code, line, heading, new Money(amount, currency), f.source());
    }
}

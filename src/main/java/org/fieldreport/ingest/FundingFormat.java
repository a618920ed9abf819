package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.FundingKind;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Money;
import org.fieldreport.model.Project;

/** {@code funding.csv}: pledges, commitments and receipts from donors, each towards one project year. */
public final class FundingFormat implements InputFormat<FundingEntry> {

    private static final List<Column> COLUMNS = List.of(
            Column.required("date", "date", "2018-11-20"),
            Column.required("donor", "text", "Hope for Children Fund"),
            Column.required("kind", "pledge, commitment or receipt", "commitment"),
            Column.required("amount", "money", "45,000.00"),
            Column.optional("currency", "ISO code", "USD"),
            Column.optional("year", "project year", "1"),
            Column.optional("reference", "text", "GA-2018-031"),
            Column.optional("outflow", "money (instead of amount)", ""),
            Column.optional("inflow", "money (instead of amount)", ""));

    @Override
    public InputKind kind() {
        return InputKind.FUNDING;
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
    public FundingEntry parse(RowFields f, Project project) {
        var date = f.date("date");
        String donor = f.required("donor");
        String kindText = f.required("kind");
        FundingKind kind = null;
        if (!kindText.isEmpty()) {
            try {
                kind = FundingKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.error("bad-funding-kind", "kind", "kind \"" + kindText + "\" is not pledge, commitment or receipt",
                        null);
            }
        }
        BigDecimal amount = f.amount("amount");
        String currency = CurrencyCode.read(f, "currency", project.currency());
        if (currency != null && !currency.equals(project.currency())) {
            f.error("funding-currency", "currency", "funding in " + currency + " is not in the reporting currency "
                    + project.currency(), "record funding in " + project.currency());
        }
        int year = 0;
        if (!f.text("year").isEmpty()) {
            year = ProjectYearText.read(f, "year", project);
        } else if (date != null) {
            year = project.yearOf(date);
            if (year == 0) {
                f.error("no-year", "year", "year is empty and the date is outside every project year",
                        "write the project year the funding is for");
            }
        }
        if (f.hasErrors()) {
            return null;
        }
        return new FundingEntry(date, donor, kind, new Money(amount, currency), year, f.text("reference"),
                f.source());
    }
}

package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.util.List;
import org.fieldreport.model.Expense;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Money;
import org.fieldreport.model.Project;
import org.fieldreport.model.RateQuote;

/**
 * {@code expenses.csv}: one row per expense in its original currency. {@code fx_rate}, when given, is read in the
 * direction the row's {@code quote}, the column's header or project.yaml states ({@link RateDirection}), else as
 * units of that currency per one unit of the reporting currency (4100 for KHR against USD). A refund is a negative
 * amount.
 */
public final class ExpensesFormat implements InputFormat<Expense> {

    private static final List<Column> COLUMNS = List.of(
            Column.required("date", "date", "2019-01-15"),
            Column.required("line_code", "budget line code", "P1"),
            Column.optional("description", "text", "Outreach team transport, January"),
            Column.required("amount", "money", "41,000"),
            Column.optional("currency", "ISO code", "KHR"),
            Column.rate("fx_rate", false, "4100"),
            Column.optional(RateDirection.QUOTE, "direction of fx_rate", "KHR per USD"),
            Column.optional("reference", "text", "PV-2019-0007"),
            Column.optional("outflow", "money (instead of amount)", ""),
            Column.optional("inflow", "money (instead of amount)", ""));

    /** The columns scanned for phone numbers. */
    private static final String[] FREE_TEXT = {"description"};

    @Override
    public InputKind kind() {
        return InputKind.EXPENSES;
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
    public Expense parse(RowFields f, Project project) {
        var date = f.date("date");
        String line = f.required("line_code");
        String description = f.text("description");
        BigDecimal amount = f.amount("amount");
        String currency = CurrencyCode.read(f, "currency", project.currency());
        BigDecimal rate = f.decimal("fx_rate", false);
        if (rate != null && rate.signum() <= 0) {
            f.error("bad-rate", "fx_rate", "fx_rate must be above 0", null);
        }
        String reference = f.text("reference");
        if (PhoneFreeText.looksLikePhone(description)) {
            f.refusePhoneNumbers(FREE_TEXT); // says so, against the column
        }
        if (f.hasErrors()) {
            return null;
        }
        RateQuote quote = rate == null || currency.equals(project.currency()) ? null : RateDirection.read(f, "fx_rate", rate, currency, project);
        if (f.hasErrors()) {
            return null;
        }
        if (currency.equals(project.currency()) && rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
            f.warning("rate-ignored", "fx_rate", "fx_rate " + rate.toPlainString() + " is ignored: the expense is"
                    + " already in " + project.currency(), null);
            rate = null;
        }
        return new Expense(date, line, description, new Money(amount, currency), rate, quote, reference, f.source());
    }
}

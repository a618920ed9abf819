package org.fieldreport.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.RateQuote;

/**
 * {@code rates.csv} (optional): one rate per month and currency, against the reporting currency, in the direction
 * its {@code quote} column, the rate column's header or project.yaml states ({@link RateDirection}).
 */
public final class RatesFormat implements InputFormat<ExchangeRate> {

    private static final List<Column> COLUMNS = List.of(
            Column.required("month", "yyyy-MM", "2019-01"),
            Column.required("currency", "ISO code", "KHR"),
            Column.rate("rate", true, "4050"),
            Column.optional(RateDirection.QUOTE, "direction of rate", "KHR per USD"),
            Column.optional("source", "text", "National Bank of Cambodia, monthly average"));

    @Override
    public InputKind kind() {
        return InputKind.RATES;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ExchangeRate parse(RowFields f, Project project) {
        String m = f.required("month");
        YearMonth month = null;
        if (!m.isEmpty()) {
            try {
                month = YearMonth.parse(m.length() > 7 ? m.substring(0, 7) : m);
            } catch (DateTimeException e) {
                f.error("bad-month", "month", "month \"" + m + "\" is not a month", "write months as yyyy-MM");
            }
        }
        String currency = CurrencyCode.read(f, "currency", project.currency());
        BigDecimal rate = f.decimal("rate", true);
        if (rate != null && rate.signum() <= 0) {
            f.error("bad-rate", "rate", "rate must be above 0", null);
        }
        if (f.hasErrors()) {
            return null;
        }
        RateQuote quote = RateDirection.read(f, "rate", rate, currency, project);
        if (f.hasErrors()) {
            return null;
        }
        return new ExchangeRate(month, currency, rate, quote, f.text("source"), f.source());
    }
}

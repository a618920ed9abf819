package org.fieldreport.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.Expense;
import org.fieldreport.model.Money;
import org.fieldreport.model.RatePolicy;

/**
 * Converts expenses into the reporting currency under the project's {@link RatePolicy}: the row's fx_rate, else
 * the month's rate from rates.csv (or only one of the two). The original amount is divided by the rate (rates are
 * units of the original currency per one reporting unit) to {@link FinanceRounding#DIVISION_SCALE} places; nothing
 * is rounded to cents here. Without an applicable rate there is no conversion: never 1:1, never the last known rate.
 */
public final class CurrencyConversion {

    /** The source text of a rate written on the expense row itself. */
    public static final String ROW_SOURCE = "row";

    private final String reporting;
    private final RatePolicy policy;
    private final Map<String, ExchangeRate> monthly = new HashMap<>();

    public CurrencyConversion(String reportingCurrency, RatePolicy policy, List<ExchangeRate> rates) {
        this.reporting = reportingCurrency;
        this.policy = policy;
        for (ExchangeRate r : rates) {
            monthly.putIfAbsent(r.month() + "|" + r.currency(), r);
        }
    }

    /** The expense in the reporting currency, or empty when no rate applies to it under the policy. */
    public Optional<ConvertedExpense> convert(Expense e) {
        Money original = e.amount();
        if (original.currency().equals(reporting)) {
            return Optional.of(new ConvertedExpense(e, original, null, null, null));
        }
        if (e.fxRate() != null && e.fxRate().signum() > 0 && policy != RatePolicy.MONTHLY_ONLY) {
            return Optional.of(new ConvertedExpense(e, inReporting(original, e.fxRate()), e.fxRate(), e.date(),
                    ROW_SOURCE));
        }
        ExchangeRate month = monthly.get(YearMonth.from(e.date()) + "|" + original.currency());
        if (month != null && month.rate().signum() > 0 && policy != RatePolicy.ROW_ONLY) {
            String source = month.rateSource() == null || month.rateSource().isBlank() ? "rates.csv"
                    : month.rateSource();
            return Optional.of(new ConvertedExpense(e, inReporting(original, month.rate()), month.rate(),
                    month.month().atDay(1), source));
        }
        return Optional.empty();
    }

    /** Converts every expense, keeping their order; those without a rate are listed apart. */
    public Conversions convertAll(List<Expense> expenses) {
        List<ConvertedExpense> done = new ArrayList<>();
        List<Expense> missing = new ArrayList<>();
        for (Expense e : expenses) {
            convert(e).ifPresentOrElse(done::add, () -> missing.add(e));
        }
        return new Conversions(done, missing);
    }

    private Money inReporting(Money original, java.math.BigDecimal rate) {
        return new Money(FinanceRounding.divide(original.amount(), rate), reporting);
    }
}

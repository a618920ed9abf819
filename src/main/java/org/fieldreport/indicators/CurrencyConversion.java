package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.fieldreport.model.RateQuote;

/**
 * Converts expenses into the reporting currency under the project's {@link RatePolicy}: the row's fx_rate, else
 * the month's rate from rates.csv (or only one of the two). The original amount is divided by the rate when it is
 * quoted as units of the original currency per reporting unit (the default when no direction is stated), multiplied
 * when quoted the other way ({@code KES per USD} for USD in a KES project), and rounded once, half-up, to the reporting currency's
 * minor unit ({@link FinanceRounding#convert}); an expense booked in the reporting currency is rounded to it too.
 * That rounded amount is the expense's amount in every figure and output. Without an applicable rate there is no
 * conversion: never 1:1, never the last known rate.
 */
public final class CurrencyConversion {

    /** The source text of a rate written on the expense row itself. */
    public static final String ROW_SOURCE = "row";

    private final String reporting;
    private final RatePolicy policy;
    /** The first rate of each month, by currency. */
    private final Map<String, Map<YearMonth, ExchangeRate>> monthly = new HashMap<>();

    public CurrencyConversion(String reportingCurrency, RatePolicy policy, List<ExchangeRate> rates) {
        this.reporting = reportingCurrency;
        this.policy = policy;
        for (ExchangeRate r : rates) {
            monthly.computeIfAbsent(r.currency(), c -> new HashMap<>()).putIfAbsent(r.month(), r);
        }
    }

    /** The expense in the reporting currency, or empty when no rate applies to it under the policy. */
    public Optional<ConvertedExpense> convert(Expense e) {
        Money original = e.amount();
        if (inReportingCurrency(e)) {
            return Optional.of(new ConvertedExpense(e, new Money(FinanceRounding.display(original.amount(),
                    reporting), reporting), null, null, null, null));
        }
        BigDecimal rowRate = e.fxRate();
        if (rowRateApplies(rowRate)) {
            RateQuote quote = quote(e, e.fxQuote());
            return Optional.of(new ConvertedExpense(e, inReporting(e, rowRate, quote), rowRate, quote, e.date(),
                    ROW_SOURCE));
        }
        ExchangeRate month = monthRate(e);
        if (month != null) {
            String source = month.rateSource() == null || month.rateSource().isBlank() ? "rates.csv"
                    : month.rateSource();
            RateQuote quote = quote(e, month.quote());
            return Optional.of(new ConvertedExpense(e, inReporting(e, month.rate(), quote), month.rate(), quote,
                    month.month().atDay(1), source));
        }
        return Optional.empty();
    }

    /**
     * The amount of {@link #convert} alone, without the rest of the conversion: what a sum of a million expenses
     * needs. Null when no rate applies.
     */
    public BigDecimal amount(Expense e) {
        return amount(e, e.amount().amount());
    }

    /** {@link #amount(Expense)}, given the expense's original amount. */
    BigDecimal amount(Expense e, BigDecimal original) {
        if (inReportingCurrency(e)) {
            return FinanceRounding.display(original, reporting);
        }
        BigDecimal rowRate = e.fxRate();
        if (rowRateApplies(rowRate)) {
            return FinanceRounding.convert(original, rowRate, quote(e, e.fxQuote()), e.currency(), reporting);
        }
        ExchangeRate month = monthRate(e);
        return month == null ? null : FinanceRounding.convert(original, month.rate(), quote(e, month.quote()),
                e.currency(), reporting);
    }

    /** Converts every expense, keeping their order; those without a rate are listed apart. */
    public Conversions convertAll(List<Expense> expenses) {
        List<Expense> convertible = new ArrayList<>(expenses.size());
        List<Expense> missing = new ArrayList<>();
        for (Expense e : expenses) {
            if (inReportingCurrency(e) || rowRateApplies(e.fxRate()) || monthRate(e) != null) {
                convertible.add(e);
            } else {
                missing.add(e);
            }
        }
        return new Conversions(this, convertible, missing);
    }

    /** True when the expense was booked in the reporting currency and needs no rate. */
    boolean inReportingCurrency(Expense e) {
        return e.currency().equals(reporting);
    }

    private boolean rowRateApplies(BigDecimal rowRate) {
        return rowRate != null && rowRate.signum() > 0 && policy != RatePolicy.MONTHLY_ONLY;
    }

    /** The month's rate from rates.csv when the policy allows it and it is usable, else null. */
    private ExchangeRate monthRate(Expense e) {
        if (policy == RatePolicy.ROW_ONLY) {
            return null;
        }
        Map<YearMonth, ExchangeRate> rates = monthly.get(e.currency());
        if (rates == null) {
            return null;
        }
        LocalDate d = e.date();
        ExchangeRate month = rates.get(YearMonth.of(d.getYear(), d.getMonthValue()));
        return month != null && month.rate().signum() > 0 ? month : null;
    }

    private Money inReporting(Expense e, BigDecimal rate, RateQuote quote) {
        return new Money(FinanceRounding.convert(e.amount().amount(), rate, quote, e.currency(), reporting),
                reporting);
    }

    /** The direction a rate was stated in, else the default: units of the booked currency per reporting unit. */
    private RateQuote quote(Expense e, RateQuote stated) {
        return stated != null ? stated : RateQuote.bookedPerReporting(e.currency(), reporting);
    }
}

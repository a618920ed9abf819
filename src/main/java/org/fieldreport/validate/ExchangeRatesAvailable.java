package org.fieldreport.validate;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.fieldreport.model.Expense;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.RatePolicy;

/**
 * An expense in another currency needs a rate under the project's policy: its own fx_rate, or its month's rate in
 * rates.csv. Without one it cannot be converted and is excluded: never converted 1:1 or at the last known rate.
 */
public final class ExchangeRatesAvailable implements RowCheck {

    @Override
    public void check(ProjectData d, Exclusions out) {
        String reporting = d.project().currency();
        RatePolicy policy = d.project().exchangeRates().policy();
        Map<String, Set<YearMonth>> monthly = new HashMap<>();
        for (ExchangeRate r : d.rates()) {
            monthly.computeIfAbsent(r.currency(), c -> new HashSet<>()).add(r.month());
        }
        int currencyColumn = d.source(InputKind.EXPENSES).column("currency");
        for (Expense e : d.expenses()) {
            String currency = e.currency();
            if (currency.equals(reporting) || (e.hasFxRate() && policy != RatePolicy.MONTHLY_ONLY)) {
                continue;
            }
            YearMonth month = YearMonth.of(e.date().getYear(), e.date().getMonthValue());
            boolean monthRate = monthly.getOrDefault(currency, Set.of()).contains(month)
                    && policy != RatePolicy.ROW_ONLY;
            if (!monthRate) {
                String where = switch (policy) {
                    case ROW_ONLY -> "the row has no fx_rate (the policy is row_only)";
                    case MONTHLY_ONLY -> "rates.csv has no " + currency + " rate for " + month
                            + " (the policy is monthly_only)";
                    case ROW_THEN_MONTHLY -> "the row has no fx_rate and rates.csv has no " + currency
                            + " rate for " + month;
                };
                out.exclude(e.source().atColumn(currencyColumn), "missing-rate",
                        "expense in " + currency + " cannot be converted: " + where,
                        "add fx_rate to the row or a " + month + " " + currency + " line to rates.csv");
            }
        }
    }
}

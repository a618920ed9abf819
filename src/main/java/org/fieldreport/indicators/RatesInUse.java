package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldreport.model.RateQuote;

/**
 * The exchange rates a set of expenses was converted at ({@link RateInUse}), in the order a reader checks them:
 * by currency and direction, each month's rate from rates.csv in month order, then the rows' own rates.
 */
public final class RatesInUse {

    private RatesInUse() {
    }

    /** The rates behind {@code conversions}, read once through its converted expenses. */
    public static List<RateInUse> of(Conversions conversions) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (ConvertedExpense c : conversions.oneByOne()) {
            if (!c.converted()) {
                continue;
            }
            boolean row = CurrencyConversion.ROW_SOURCE.equals(c.rateSource());
            YearMonth month = row ? null : YearMonth.from(c.rateDate());
            String key = c.expense().currency() + " " + c.quote().text() + " " + (row ? "~" : month + " "
                    + c.rateSource() + " " + c.rate().toPlainString());
            tallies.computeIfAbsent(key, k -> new Tally(c.expense().currency(), c.quote(), month, c.rateSource()))
                    .add(c.rate());
        }
        List<RateInUse> rates = new ArrayList<>();
        tallies.values().forEach(t -> rates.add(new RateInUse(t.currency, t.quote, t.lowest, t.highest, t.month,
                t.source, t.count)));
        rates.sort(Comparator.comparing(RateInUse::currency).thenComparing(r -> r.quote().text())
                .thenComparing(RateInUse::rowRates).thenComparing(r -> r.month() == null ? YearMonth.of(1, 1)
                        : r.month()));
        return List.copyOf(rates);
    }

    private static final class Tally {
        final String currency;
        final RateQuote quote;
        final YearMonth month;
        final String source;
        BigDecimal lowest;
        BigDecimal highest;
        long count;

        Tally(String currency, RateQuote quote, YearMonth month, String source) {
            this.currency = currency;
            this.quote = quote;
            this.month = month;
            this.source = source;
        }

        void add(BigDecimal rate) {
            lowest = lowest == null || rate.compareTo(lowest) < 0 ? rate : lowest;
            highest = highest == null || rate.compareTo(highest) > 0 ? rate : highest;
            count++;
        }
    }
}

package org.fieldreport.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the natural {@code expenses.csv}: each budget line's planned spending for the year, split over its
 * {@link SpendingItem}s by share and over each item's payment dates, then the Year 2 payments after February 2020
 * left out. Dollar amounts are exact to the cent and add up to the plan; riel amounts are the dollar amount at the
 * row's rate, rounded to 100 riel, so they match the plan to within a cent or so a row. About two riel rows in five
 * carry their own {@code fx_rate} (the money changer's rate that day); the others use the month's rate in
 * {@code rates.csv}. Year 1 has one refund. Rows are in date order, with vouchers numbered per calendar year.
 */
final class ExpensesWriter {

    private static final BigDecimal REFUND = new BigDecimal("-50.00");
    private static final LocalDate REFUND_DAY = LocalDate.of(2019, 7, 22);

    private record Payment(LocalDate date, String line, String description, BigDecimal amount, String currency,
                           BigDecimal fxRate) {
    }

    private final SplittableRandom random;
    private final KhrRates rates;

    ExpensesWriter(SplittableRandom random, KhrRates rates) {
        this.random = random;
        this.rates = rates;
    }

    long write(Path file) throws IOException {
        List<Payment> payments = new ArrayList<>();
        for (int year = 1; year <= 2; year++) {
            for (SampleBudget.Line line : SampleBudget.linesOf(year)) {
                long cents = cents(line.spend(year));
                if (year == 1 && line.code().equals("P6")) {
                    cents -= cents(REFUND);
                    payments.add(new Payment(REFUND_DAY, "P6",
                            "Refund of the venue deposit for a cancelled prevention day booking", REFUND, "USD",
                            null));
                }
                plan(payments, year, line.code(), cents);
            }
        }
        payments.removeIf(p -> p.date().isAfter(SampleCalendar.LAST_DAY));
        payments.sort(Comparator.comparing(Payment::date));
        try (CsvFileWriter csv = new CsvFileWriter(file, "date", "line_code", "description", "amount", "currency",
                "fx_rate", "reference")) {
            int voucherYear = 0;
            int voucher = 0;
            for (Payment p : payments) {
                if (p.date().getYear() != voucherYear) {
                    voucherYear = p.date().getYear();
                    voucher = 0;
                }
                voucher++;
                csv.row(p.date(), p.line(), p.description(), p.amount().toPlainString(), p.currency(),
                        p.fxRate() == null ? "" : p.fxRate().toPlainString(),
                        String.format("PV-%d-%04d", voucherYear, voucher));
            }
            return csv.rows();
        }
    }

    private void plan(List<Payment> payments, int year, String code, long cents) {
        List<SpendingItem> items = SpendingItem.of(code, year);
        int shares = items.stream().mapToInt(SpendingItem::share).sum();
        long left = cents;
        for (int i = 0; i < items.size(); i++) {
            SpendingItem item = items.get(i);
            long itemCents = i == items.size() - 1 ? left : cents * item.share() / shares;
            left -= itemCents;
            pay(payments, year, item, itemCents);
        }
    }

    /** Splits {@code cents} over the item's dates: equally when steady, by weights of 80 to 120 otherwise. */
    private void pay(List<Payment> payments, int year, SpendingItem item, long cents) {
        List<LocalDate> dates = item.schedule().datesIn(year);
        long[] weights = new long[dates.size()];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = item.steady() ? 100 : random.nextInt(80, 121);
            total += weights[i];
        }
        long left = cents;
        for (int i = 0; i < dates.size(); i++) {
            long share = i == dates.size() - 1 ? left : cents * weights[i] / total;
            left -= share;
            BigDecimal usd = BigDecimal.valueOf(share, 2);
            if (item.currency().equals("USD")) {
                payments.add(new Payment(dates.get(i), item.lineCode(), item.description(), usd, "USD", null));
            } else {
                riel(payments, dates.get(i), item, usd);
            }
        }
    }

    private void riel(List<Payment> payments, LocalDate date, SpendingItem item, BigDecimal usd) {
        BigDecimal fxRate = null;
        // Year 2 payments after the sample are planned (so Year 2's split is the full year's) but dropped later.
        int rate = date.isAfter(SampleCalendar.LAST_DAY) ? 4050 : rates.of(YearMonth.from(date));
        if (random.nextInt(100) < 40) {
            rate += random.nextInt(-20, 21);
            fxRate = BigDecimal.valueOf(rate);
        }
        BigDecimal khr = usd.multiply(BigDecimal.valueOf(rate)).setScale(-2, RoundingMode.HALF_UP).setScale(0);
        payments.add(new Payment(date, item.lineCode(), item.description(), khr, "KHR", fxRate));
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}

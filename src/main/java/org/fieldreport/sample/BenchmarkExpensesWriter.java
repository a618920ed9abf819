package org.fieldreport.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes an {@code expenses.csv} of exactly the requested number of rows for benchmarks, in date order over the
 * sample's days. Rows cycle through the budget lines of their project year with that line's usual descriptions;
 * one row in three is in riel, and half of those carry their own {@code fx_rate}. Vouchers are numbered
 * {@code BX-00000001} upwards. Nothing is kept between rows.
 */
final class BenchmarkExpensesWriter {

    private final SplittableRandom random;
    private final KhrRates rates;
    private final long rows;

    BenchmarkExpensesWriter(SplittableRandom random, KhrRates rates, long rows) {
        this.random = random;
        this.rates = rates;
        this.rows = rows;
    }

    long write(Path file) throws IOException {
        int days = SampleCalendar.dayCount();
        List<List<SampleBudget.Line>> linesByYear = List.of(SampleBudget.linesOf(1), SampleBudget.linesOf(2));
        int digits = Math.max(8, Long.toString(rows).length());
        try (CsvFileWriter csv = new CsvFileWriter(file, "date", "line_code", "description", "amount", "currency",
                "fx_rate", "reference")) {
            for (long j = 0; j < rows; j++) {
                LocalDate date = SampleCalendar.FIRST_DAY.plusDays(j * days / rows);
                List<SampleBudget.Line> lines = linesByYear.get(SampleCalendar.yearOf(date) - 1);
                SampleBudget.Line line = lines.get((int) (j % lines.size()));
                List<SpendingItem> items = SpendingItem.of(line.code(), SampleCalendar.yearOf(date));
                String description = items.isEmpty() ? line.name()
                        : items.get((int) ((j / lines.size()) % items.size())).description();
                String amount;
                String currency;
                String fxRate = "";
                if (j % 3 == 0) {
                    currency = "KHR";
                    amount = Long.toString(random.nextLong(200, 10_001) * 100);
                    if (j % 2 == 0) {
                        fxRate = Integer.toString(rates.of(YearMonth.from(date)) + random.nextInt(-20, 21));
                    }
                } else {
                    currency = "USD";
                    amount = BigDecimal.valueOf(random.nextLong(500, 25_001), 2).toPlainString();
                }
                String number = Long.toString(j + 1);
                csv.row(date, line.code(), description, amount, currency, fxRate,
                        "BX-" + "0".repeat(Math.max(0, digits - number.length())) + number);
            }
            return csv.rows();
        }
    }
}

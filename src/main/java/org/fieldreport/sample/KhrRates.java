package org.fieldreport.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The riel's monthly rate against the dollar over the sample's months: a made-up gentle walk between 4,000 and 4,100
 * KHR per USD, the range the National Bank of Cambodia's rate stayed in over those years (the sample names it as the
 * source, as a real export would). Written to {@code rates.csv} and used to price the riel expenses.
 */
final class KhrRates {

    static final String SOURCE = "National Bank of Cambodia";

    private final Map<YearMonth, Integer> rates = new LinkedHashMap<>();

    KhrRates(SplittableRandom random) {
        int rate = 4020 + random.nextInt(21);
        for (YearMonth m = YearMonth.from(SampleCalendar.FIRST_DAY);
             !m.isAfter(YearMonth.from(SampleCalendar.LAST_DAY)); m = m.plusMonths(1)) {
            rates.put(m, rate);
            rate = Math.max(4000, Math.min(4100, rate + random.nextInt(-20, 21)));
        }
    }

    /** Riels per dollar in the month of {@code month}. */
    int of(YearMonth month) {
        Integer r = rates.get(month);
        if (r == null) {
            throw new IllegalArgumentException("no sample rate for " + month);
        }
        return r;
    }

    long write(Path file) throws IOException {
        try (CsvFileWriter csv = new CsvFileWriter(file, "month", "currency", "rate", "source")) {
            for (Map.Entry<YearMonth, Integer> e : rates.entrySet()) {
                csv.row(e.getKey(), "KHR", BigDecimal.valueOf(e.getValue()), SOURCE);
            }
            return csv.rows();
        }
    }
}

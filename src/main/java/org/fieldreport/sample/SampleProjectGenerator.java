package org.fieldreport.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the CSV files of the Phnom Penh sample project (KHM-HPC-PSK-P01) into {@code <project>/data/}: Year 1
 * (December 2018 to November 2019) and the first quarter of Year 2. The same seed and scale always give the same
 * bytes: every file draws from its own stream split from the seed in a fixed order, and nothing depends on the clock,
 * the locale or hash order. It writes the six data files only; project.yaml and the narrative are kept by hand.
 */
public final class SampleProjectGenerator {

    /** The seed of the committed {@code sample-data/}. */
    public static final long DEFAULT_SEED = 20181201L;

    /** The files written, in order, under the data folder. */
    public static final List<String> FILES = List.of("rates.csv", "budget.csv", "funding.csv", "outreach_nights.csv",
            "attendance.csv", "expenses.csv");

    private SampleProjectGenerator() {
    }

    /**
     * Writes the six files into {@code project/data/}, creating the folder and replacing those files if present.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static GeneratedSample generate(Path project, long seed, SampleScale scale) {
        Path data = project.resolve("data");
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom forRates = root.split();
        SplittableRandom forNights = root.split();
        SplittableRandom forAttendance = root.split();
        SplittableRandom forExpenses = root.split();
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            Files.createDirectories(data);
            KhrRates rates = new KhrRates(forRates);
            rows.put("rates.csv", rates.write(data.resolve("rates.csv")));
            rows.put("budget.csv", SampleBudget.write(data.resolve("budget.csv")));
            rows.put("funding.csv", FundingWriter.write(data.resolve("funding.csv")));
            rows.put("outreach_nights.csv",
                    new OutreachNightsWriter(forNights).write(data.resolve("outreach_nights.csv")));
            Path attendance = data.resolve("attendance.csv");
            rows.put("attendance.csv", scale.attendanceRows() > 0
                    ? new BenchmarkAttendanceWriter(forAttendance, seed, scale.attendanceRows()).write(attendance)
                    : new AttendanceWriter(forAttendance).write(attendance));
            Path expenses = data.resolve("expenses.csv");
            rows.put("expenses.csv", scale.expenseRows() > 0
                    ? new BenchmarkExpensesWriter(forExpenses, rates, scale.expenseRows()).write(expenses)
                    : new ExpensesWriter(forExpenses, rates).write(expenses));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample data in " + data + ": " + e.getMessage(), e);
        }
        return new GeneratedSample(data, rows);
    }
}

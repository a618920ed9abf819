package org.fieldreport.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes an {@code attendance.csv} of exactly the requested number of rows for benchmarks, spread evenly over the
 * sample's days. Each day holds sessions of up to {@value #SESSION_SIZE} children, alternating between the two sites
 * and cycling through the day activities at Stung Mean Chey (the Riverfront holds kids clubs only). Each site has a register large enough that a child attends a few hundred
 * sessions at most; a session takes consecutive codes from a random place in the register, so no child appears twice
 * in a session. A child's sex and age are a function of the seed and the code, so nothing is kept per child and
 * memory stays flat however many rows are asked for.
 */
final class BenchmarkAttendanceWriter {

    static final int SESSION_SIZE = 40;

    private record Site(String name, String prefix) {
    }

    private static final List<Site> SITES = List.of(new Site(AttendanceWriter.RIVERFRONT, "RF"),
            new Site(AttendanceWriter.STUNG_MEAN_CHEY, "SMC"));

    private static final List<String> ACTIVITIES = List.of("kids_club", "kids_club", "kids_club", "arts",
            "counselling");

    private final SplittableRandom random;
    private final long seed;
    private final long rows;

    BenchmarkAttendanceWriter(SplittableRandom random, long seed, long rows) {
        this.random = random;
        this.seed = seed;
        this.rows = rows;
    }

    long write(Path file) throws IOException {
        int days = SampleCalendar.dayCount();
        long register = Math.max(500, rows / 400);
        int codeDigits = Math.max(4, Long.toString(register).length());
        try (CsvFileWriter csv = new CsvFileWriter(file, "date", "site", "activity", "session", "child_code", "sex",
                "age")) {
            for (int d = 0; d < days; d++) {
                String day = SampleCalendar.FIRST_DAY.plusDays(d).toString();
                long today = rows / days + (d < rows % days ? 1 : 0);
                int session = 0;
                while (today > 0) {
                    int size = (int) Math.min(SESSION_SIZE, today);
                    Site site = SITES.get(session % SITES.size());
                    String activity = site.prefix().equals("RF") ? "kids_club"
                            : ACTIVITIES.get((session / SITES.size()) % ACTIVITIES.size());
                    String id = site.prefix() + "-B" + padded(session, 4) + "-" + day;
                    long first = random.nextLong(register);
                    for (int i = 0; i < size; i++) {
                        long number = (first + i) % register + 1;
                        long traits = mix(seed ^ (number * 31 + site.prefix().length()));
                        String sex = (traits & 1) == 0 ? "F" : "M";
                        int age = 5 + (int) ((traits >>> 8) % 13);
                        csv.row(day, site.name(), activity, id, site.prefix() + "-" + padded(number, codeDigits),
                                sex, age);
                    }
                    today -= size;
                    session++;
                }
            }
            return csv.rows();
        }
    }

    private static String padded(long number, int digits) {
        String n = Long.toString(number);
        return n.length() >= digits ? n : "0".repeat(digits - n.length()) + n;
    }

    /** A 64-bit mixing function (the finaliser of SplitMix64), so that nearby codes get unrelated traits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (z ^ (z >>> 31)) >>> 1;
    }
}

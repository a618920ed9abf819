package org.fieldreport.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code BENCHMARKS.md}: times fieldreport as users run it ({@code java -jar
 * target/fieldreport.jar ...} from the repository's folder, a new process each time; for the cold-start goals also
 * with the class-data-sharing archive the build makes) on the sample project and on generated projects of 100k, 1M
 * and 10M attendance rows and 1M expenses, and runs DuckDB over the same CSV files for the same figures, the two
 * alternating, several runs each. Prints median wall time, peak memory and the ratio per goal of issue 9, writes the
 * table to {@code target/benchmark/results.md}, and exits 1 when a figure differs between the two engines or a run
 * fails.
 *
 * <p>Arguments: {@code BASEDIR JAR RUNS SIZES}, SIZES a comma-separated list of attendance row counts.
 */
public final class Benchmark {

    private static final double MIB = 1024.0;

    /** How the README runs the jar, from the repository's folder. */
    private static final List<String> PLAIN = List.of("-jar", "target/fieldreport.jar");

    /** The same with the class-data-sharing archive of the build and the quick (C1) compiler only. */
    private static final List<String> ARCHIVED = List.of("-XX:SharedArchiveFile=target/fieldreport.jsa",
            "-XX:TieredStopAtLevel=1", "-jar", "target/fieldreport.jar");

    private final Path basedir;
    private final Path jar;
    private final boolean archived;
    private final int runs;
    private final Path work;
    private final List<String> table = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private Benchmark(Path basedir, Path jar, int runs, Path work) {
        this.basedir = basedir;
        this.jar = jar;
        this.archived = Files.exists(basedir.resolve("target/fieldreport.jsa"));
        this.runs = runs;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        int runs = Integer.parseInt(args[2]);
        long[] sizes = Arrays.stream(args[3].split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
        Path work = Files.createTempDirectory("fieldreport-bench");
        Benchmark bench = new Benchmark(basedir, jar, runs, work);
        try {
            bench.all(sizes);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String report = bench.report();
        System.out.println(report);
        Path results = basedir.resolve("target/benchmark/results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, report);
        if (!bench.failures.isEmpty()) {
            System.err.println("BENCHMARK FAILED:");
            bench.failures.forEach(f -> System.err.println("  " + f));
            System.exit(1);
        }
    }

    /** Issue 13: at most twice DuckDB's time for the same figures. */
    private static final double RATIO_GOAL = 2.0;

    private void all(long[] sizes) throws Exception {
        Path sample = basedir.resolve("sample-data");
        typicalYear(sample);
        Path small = generate("attendance-100k", 100_000, 0);
        for (List<String> command : List.of(
                List.of("validate", small.toString()),
                List.of("indicators", small.toString(), "--period", "Y1", "--format", "json"),
                List.of("budget", small.toString(), "--period", "Y1", "--format", "json"),
                List.of("report", small.toString(), "--period", "Y1", "--format", "json,html", "--out",
                        work.resolve("out-small").toString()))) {
            String name = "100k rows: " + command.get(0);
            alone(name + ", plain java -jar", fieldreport(PLAIN, command), Double.MAX_VALUE, 0);
            if (archived) {
                alone(name + ", README's command ≤ 1.0 s", fieldreport(ARCHIVED, command), 1.0, 0);
            }
        }
        for (long rows : sizes) {
            Path project = rows == 100_000 ? small : generate("attendance-" + rows, rows, 0);
            Double memoryGoal = rows >= 10_000_000 ? 512.0 : null;
            against(label(rows) + " attendance rows: indicators", project, "attendance",
                    List.of("indicators", project.toString(), "--period", "Y1", "--format", "json"), memoryGoal);
            if (rows != 100_000) {
                deleteData(project);
            }
        }
        Path expenses = generate("expenses-1m", 0, 1_000_000);
        against("1M expenses: budget", expenses, "expenses",
                List.of("budget", expenses.toString(), "--period", "Y1", "--format", "json"), null);
        deleteData(expenses);
        Path workbook = generate("expenses-50k", 0, 50_000);
        alone("50k expenses: report --format xlsx ≤ 4.0 s, ≤ 500 MiB",
                fieldreport(PLAIN, List.of("report", workbook.toString(), "--period", "Y1", "--format", "xlsx", "--out",
                        work.resolve("out-xlsx").toString())), 4.0, 500);
    }

    private void typicalYear(Path sample) throws Exception {
        List<String> command = List.of("report", sample.toString(), "--period", "Y1", "--format", "pdf,xlsx",
                "--out", work.resolve("out-typical").toString());
        alone("typical year: report pdf,xlsx, plain java -jar", fieldreport(PLAIN, command), Double.MAX_VALUE, 0);
        if (archived) {
            alone("typical year: report pdf,xlsx, README's command ≤ 1.5 s", fieldreport(ARCHIVED, command), 1.5,
                    0);
        }
    }

    private List<Measured> fieldreport(List<String> options, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options);
        command.addAll(arguments);
        return measure(command, arguments.get(0));
    }

    private List<Measured> measure(List<String> command, String name) throws Exception {
        List<Measured> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(once(command, name));
        }
        return all;
    }

    private Measured once(List<String> command, String name) throws Exception {
        Path out = Files.createTempFile(work, name, ".out");
        Measured m = Measured.run(command, basedir, out);
        boolean duckDb = command.contains(DuckDbFigures.class.getName());
        if (m.exitCode() > 1 || (duckDb && m.exitCode() != 0)) {
            failures.add(String.join(" ", command) + " exited " + m.exitCode() + ": "
                    + tail(out.resolveSibling(out.getFileName() + ".err")));
        }
        return m;
    }

    /** fieldreport and DuckDB on the same files, alternating; the figures of every run pair must agree. */
    private void against(String name, Path project, String kind, List<String> arguments, Double memoryGoal)
            throws Exception {
        List<String> ours = new ArrayList<>(List.of(java()));
        ours.addAll(PLAIN);
        ours.addAll(arguments);
        List<String> theirs = List.of(java(), "-cp", System.getProperty("java.class.path"),
                DuckDbFigures.class.getName(), kind, project.toString());
        List<Measured> fieldreport = new ArrayList<>();
        List<Measured> duckDb = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Measured a = once(ours, "fieldreport");
            Measured b = once(theirs, "duckdb");
            fieldreport.add(a);
            duckDb.add(b);
            if (a.exitCode() <= 1 && b.exitCode() == 0) {
                Map<String, BigDecimal> reference = Figures.fromDuckDb(b.stdout());
                List<String> differences = Figures.disagreements(reference, a.stdout());
                differences.forEach(d -> failures.add(name + ": " + d));
                if (i == 0) {
                    System.out.println(name + ": " + reference.size() + " figures compared, "
                            + (differences.isEmpty() ? "all equal" : differences.size() + " differ"));
                }
            }
            Files.deleteIfExists(a.stdout());
            Files.deleteIfExists(b.stdout());
        }
        double ratio = median(fieldreport, Measured::seconds) / median(duckDb, Measured::seconds);
        boolean timeMet = ratio <= RATIO_GOAL;
        boolean memoryMet = memoryGoal == null || median(fieldreport, Measured::peakKib) / MIB <= memoryGoal;
        table.add(row(name + " ≤ 2.0× DuckDB" + (memoryGoal == null ? "" : String.format(Locale.ROOT,
                        ", ≤ %.0f MiB", memoryGoal)), fieldreport, duckDb, String.format(Locale.ROOT, "%.2f×", ratio),
                timeMet && memoryMet ? "met" : "NOT met"));
        System.out.println(table.get(table.size() - 1));
    }

    private void alone(String name, List<Measured> runs, double seconds, double mib) {
        boolean met = median(runs, Measured::seconds) <= seconds
                && (mib == 0 || median(runs, Measured::peakKib) / MIB <= mib);
        table.add(row(name, runs, null, "", seconds == Double.MAX_VALUE ? "(no goal)" : met ? "met" : "NOT met"));
        System.out.println(table.get(table.size() - 1));
    }

    private String row(String name, List<Measured> ours, List<Measured> theirs, String ratio, String verdict) {
        return String.format(Locale.ROOT, "| %s | %.2f s | %.0f MiB | %s | %s | %s | %s |", name,
                median(ours, Measured::seconds), median(ours, Measured::peakKib) / MIB,
                theirs == null ? "" : String.format(Locale.ROOT, "%.2f s", median(theirs, Measured::seconds)),
                theirs == null ? "" : String.format(Locale.ROOT, "%.0f MiB", median(theirs, Measured::peakKib) / MIB),
                ratio, verdict);
    }

    private String report() throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("Machine: ").append(Machine.describe()).append("\n");
        s.append("Medians of ").append(runs).append(" runs each, fieldreport and DuckDB alternating; peak = peak RSS of")
                .append(" the whole process.\n\n");
        s.append("| Goal | fieldreport | peak | DuckDB | peak | ratio | |\n|---|---|---|---|---|---|---|\n");
        table.forEach(r -> s.append(r).append('\n'));
        if (!failures.isEmpty()) {
            s.append("\nFailures:\n");
            failures.forEach(f -> s.append("- ").append(f).append('\n'));
        }
        return s.toString();
    }

    private Path generate(String name, long attendanceRows, long expenseRows) throws Exception {
        Path project = work.resolve(name);
        Files.createDirectories(project);
        Files.copy(basedir.resolve("sample-data/project.yaml"), project.resolve("project.yaml"));
        Measured m = Measured.run(List.of(java(), "-jar", jar.toString(), "sample", project.toString(), "--quiet",
                "--attendance-rows", Long.toString(attendanceRows), "--expense-rows", Long.toString(expenseRows)),
                basedir, work.resolve(name + ".out"));
        if (m.exitCode() != 0) {
            throw new IllegalStateException("the sample generator failed for " + name);
        }
        System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", name, m.seconds());
        return project;
    }

    private static void deleteData(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("data"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static String label(long rows) {
        return rows >= 1_000_000 ? rows / 1_000_000 + "M" : rows / 1000 + "k";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> lines = Files.readAllLines(file);
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static double median(List<Measured> runs, java.util.function.ToDoubleFunction<Measured> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}

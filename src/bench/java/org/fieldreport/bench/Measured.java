package org.fieldreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One process run by the benchmark: its command, wall time and peak resident memory, measured from outside the
 * process. Peak memory comes from GNU time ({@code /usr/bin/time -f %M}) when the machine has it, otherwise from
 * polling the kernel's high-water mark ({@code VmHWM} in {@code /proc/PID/status}) until the process ends.
 */
record Measured(double seconds, long peakKib, int exitCode, Path stdout) {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    static Measured run(List<String> command, Path directory, Path stdout) throws IOException, InterruptedException {
        Path peakFile = Files.createTempFile("bench-peak", ".txt");
        List<String> full = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", peakFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile()).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(stdout.resolveSibling(stdout.getFileName()
                        + ".err").toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        long polled = 0;
        if (!gnuTime) {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (process.isAlive()) {
                polled = Math.max(polled, highWaterMark(status));
                Thread.sleep(5);
            }
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = polled;
        if (gnuTime) {
            String text = Files.readString(peakFile).strip();
            String[] lines = text.split("\n");
            peak = Long.parseLong(lines[lines.length - 1].strip());
        }
        Files.deleteIfExists(peakFile);
        return new Measured(seconds, peak, exit, stdout);
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls
        }
        return 0;
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip and the launchers, after {@code mvn package} (run by failsafe in {@code integration-test}):
 * what the zip holds, and that the unpacked zip renders a report through {@code bin/fieldreport} with nothing but a
 * Java runtime, as a user who put {@code bin/} on {@code PATH} would run it.
 */
class DistributionIT {

    private static final Path ZIP = Path.of(System.getProperty("dist.zip", "target/fieldreport-0.1.0.zip"));
    private static final String BASE = ZIP.getFileName().toString().replace(".zip", "") + "/";

    @Test
    void theZipHoldsTheLaunchersTheJarTheTemplatesTheSampleAndTheReadme() throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            List<String> names = new ArrayList<>();
            Collections.list(zip.getEntries()).forEach(e -> names.add(e.getName()));
            assertThat(names).allMatch(n -> n.startsWith(BASE));
            assertThat(names).contains(BASE + "bin/fieldreport", BASE + "bin/fieldreport.cmd",
                    BASE + "lib/fieldreport.jar", BASE + "README.md",
                    BASE + "templates/annual-report/report.ftlh", BASE + "templates/annual-report/report.css",
                    BASE + "sample-data/project.yaml", BASE + "sample-data/data/attendance.csv");
            assertThat(names).noneMatch(n -> n.endsWith(".jsa"));

            ZipArchiveEntry script = zip.getEntry(BASE + "bin/fieldreport");
            assertThat(Integer.toOctalString(script.getUnixMode() & 0777)).isEqualTo("755");
            assertThat(text(zip, script)).startsWith("#!/bin/sh\n").doesNotContain("\r");
            assertThat(text(zip, zip.getEntry(BASE + "bin/fieldreport.cmd"))).startsWith("@echo off\r\n");
            try (JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry(BASE + "lib/fieldreport.jar")))) {
                assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                        .isEqualTo("org.fieldreport.cli.Main");
            }
        }
    }

    @Test
    void theUnpackedZipRendersTheSampleReportThroughBinFieldreport(@TempDir Path temp) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the POSIX launcher");
        Path home = unpack(temp.resolve("unpacked"));
        Path work = Files.createDirectories(temp.resolve("work"));

        Result first = run(work, home.resolve("bin/fieldreport").toString(), "report",
                home.resolve("sample-data").toString(), "-p", "Y1", "-f", "pdf", "-o", "reports", "-q");
        assertThat(first.code).as(first.err).isZero();
        assertThat(work.resolve("reports/KHM-HPC-PSK-P01_Y1_donor.pdf")).isNotEmptyFile();

        Result version = run(work, home.resolve("bin/fieldreport").toString(), "--version");
        assertThat(version.code).isZero();
        assertThat(version.out).startsWith("fieldreport ");
        assertThat(version.err).isEmpty();
    }

    @Test
    void theSourceLauncherRunsTheBuiltJarAndPassesEveryArgumentThrough(@TempDir Path temp) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the POSIX launcher");
        Result r = run(Path.of("."), "./fieldreport", "schema", "no such kind");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("no such kind");
        assertThat(r.out).isEmpty();
    }

    private static Path unpack(Path into) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                Path target = into.resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return into.resolve(BASE);
    }

    private static String text(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path out = Files.createTempFile("fieldreport-it", ".out");
        Path err = Files.createTempFile("fieldreport-it", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + String.join(" ", command));
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}

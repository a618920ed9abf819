package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook made beside the PDF is the workbook made alone, byte for byte, and a run that fails before the
 * workbook's turn leaves no workbook behind.
 */
class WorkbookBesideTest {

    @TempDir
    Path dir;

    private CliRun report(String out, String formats, String... more) {
        String[] base = {"report", "sample-data", "--period", "Y1-Q2", "--as-of", "2019-12-15", "--quiet",
            "--out", dir.resolve(out).toString(), "--format", formats};
        String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
        return CliRun.of(args);
    }

    /** Every part of the workbook but the one quoting the command line (which names --format and --out). */
    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (!text.contains("--format")) {
                    parts.put(e.getName(), text);
                }
            }
        }
        return parts;
    }

    @Test
    void theWorkbookMadeBesideThePdfIsTheWorkbookMadeAlone() throws IOException {
        CliRun alone = report("alone", "xlsx");
        CliRun beside = report("beside", "pdf,xlsx");
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        assertThat(beside.exitCode()).as(beside.err()).isZero();
        String name = "KHM-HPC-PSK-P01_Y1-Q2_donor.xlsx";
        Map<String, String> besideParts = parts(dir.resolve("beside").resolve(name));
        assertThat(besideParts).hasSizeGreaterThan(10).containsKey("xl/worksheets/sheet1.xml");
        assertThat(besideParts).isEqualTo(parts(dir.resolve("alone").resolve(name)));
        assertThat(dir.resolve("beside/KHM-HPC-PSK-P01_Y1-Q2_donor.pdf")).isNotEmptyFile();
    }

    @Test
    void twoRunsSideBySideGiveTheSameBytes() throws IOException {
        String name = "KHM-HPC-PSK-P01_Y1-Q2_donor.xlsx";
        assertThat(report("same", "pdf,xlsx").exitCode()).isZero();
        byte[] first = Files.readAllBytes(dir.resolve("same").resolve(name));
        Files.delete(dir.resolve("same").resolve(name));
        assertThat(report("same", "pdf,xlsx").exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("same").resolve(name))).isEqualTo(first);
    }

    @Test
    void aRunThatFailsBeforeTheWorkbookLeavesNone() throws IOException {
        CliRun failed = report("failed", "pdf,xlsx", "--template", dir.resolve("no-such-folder").toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains("--template").contains("no such folder");
        Path out = dir.resolve("failed");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).isEmpty();
            }
        }
    }
}

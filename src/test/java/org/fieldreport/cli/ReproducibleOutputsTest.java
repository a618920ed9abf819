package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give the same bytes in every output, wherever the project and --out lie, whatever flags that
 * do not change content are given, and whatever the machine's locale: the command a report quotes to remake it
 * names only what changes content.
 */
class ReproducibleOutputsTest {

    private static final String COMMAND = "fieldreport report sample --period Y1 --as-of 2019-12-15 --audience donor"
            + " --format pdf,xlsx,html,json";

    @TempDir
    Path temp;

    private CliRun report(Path project, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("report", project.toString(), "--period", "Y1",
                "--as-of", "2019-12-15", "--out", out.toString()));
        if (!Arrays.asList(extra).contains("--format")) {
            args.addAll(List.of("--format", "pdf,xlsx,html,json"));
        }
        args.addAll(Arrays.asList(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        assertThat(names(b)).isEqualTo(names(a)).hasSize(4);
        for (String name : names(a)) {
            assertThat(Files.mismatch(a.resolve(name), b.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void twoFoldersAndFlagsThatDoNotChangeContentGiveTheSameBytes() throws IOException {
        Path first = copy(Path.of("sample-data"), temp.resolve("a/sample"));
        Path second = copy(Path.of("sample-data"), temp.resolve("b/deeper/sample"));

        CliRun one = report(first, temp.resolve("out1"));
        CliRun two = report(second, temp.resolve("elsewhere/out2"), "--quiet", "--parallel", "--format",
                "json,html,xlsx,pdf");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertSameFiles(temp.resolve("out1"), temp.resolve("elsewhere/out2"));
        String json = Files.readString(temp.resolve("out1/KHM-HPC-PSK-P01_Y1_donor.json"));
        assertThat(new ObjectMapper().readTree(json).get("command").asText()).isEqualTo(COMMAND);
        assertThat(Files.readString(temp.resolve("out1/KHM-HPC-PSK-P01_Y1_donor.html"))).contains(COMMAND)
                .doesNotContain(temp.toString());
    }

    @Test
    void theFinanceWorkbookIsTheSameWhereverItIsMade() throws IOException {
        Path first = copy(Path.of("sample-data"), temp.resolve("a/sample"));
        Path second = copy(Path.of("sample-data"), temp.resolve("b/deeper/sample"));
        String name = "KHM-HPC-PSK-P01_Y1_budget.xlsx";

        CliRun one = CliRun.of("budget", first.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "xlsx", "--out", temp.resolve("out1").toString());
        CliRun two = CliRun.of("budget", second.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "xlsx", "--out", temp.resolve("elsewhere/out2").toString(), "--quiet");

        assertThat(one.exitCode()).as(one.err()).isIn(0, 1);
        assertThat(two.exitCode()).isEqualTo(one.exitCode());
        assertThat(Files.mismatch(temp.resolve("out1").resolve(name), temp.resolve("elsewhere/out2").resolve(name)))
                .isEqualTo(-1L);
    }

    @Test
    void theMachinesLocaleChangesNoByte() throws IOException {
        Path project = copy(Path.of("sample-data"), temp.resolve("sample"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            CliRun plain = report(project, temp.resolve("us"));
            assertThat(plain.exitCode()).as(plain.err()).isZero();
            for (String tag : List.of("ar", "de-DE", "tr-TR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                CliRun local = report(project, temp.resolve(tag));
                assertThat(local.exitCode()).as(local.err()).isZero();
                assertSameFiles(temp.resolve("us"), temp.resolve(tag));
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs made to break the tool: a name hidden from the deny-list by characters that show nothing, an export
 * padded to gigabytes, a line with no end. Each is a clear error naming its file, never exit 5.
 */
class HostileValuesTest {

    @TempDir
    Path temp;

    private Path project() {
        return copy(Path.of("sample-data"), temp.resolve("project"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S\u200Bophea Chan", "Sop\u00ADhea Chan", "**Sop**hea Chan", "Sop_hea_ Chan",
        "\uFF33ophea Chan", "Soph&#101;a Chan", "SOPHEA\u2060 CHAN"})
    void aNameHiddenByCharactersThatShowNothingIsStillCaught(String written) throws IOException {
        Path project = project();
        Files.writeString(temp.resolve("names.txt"), "Sophea Chan\n");
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "\nprivacy:\n  deny_list: ../names.txt\n");
        Files.writeString(project.resolve("narrative/03-story.md"), "# A story\n\nThis is about\nthe day "
                + written + " came.\n");

        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--out",
                temp.resolve("out").toString(), "--allow-outside", temp.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/03-story.md:4:").doesNotContainIgnoringCase("sophea")
                .doesNotContain("Exception");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    void aNameThatOnlyContainsTheListedOneIsNotCaught() throws IOException {
        Path project = project();
        Files.writeString(temp.resolve("names.txt"), "Sophea\n");
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "\nprivacy:\n  deny_list: ../names.txt\n");
        Files.writeString(project.resolve("narrative/03-story.md"), "# A story\n\nThe Sopheaville club met.\n");

        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--out",
                temp.resolve("out").toString(), "--allow-outside", temp.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anExportPaddedBeyondTwoGibibytesIsRefusedUnread() throws IOException {
        Path project = project();
        try (RandomAccessFile file = new RandomAccessFile(project.resolve("data/expenses.csv").toFile(), "rw")) {
            file.setLength(4L << 30); // a sparse tail of NUL bytes, as `truncate -s 4G` makes
        }

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("data/expenses.csv: error: the file is 4,294,967,296 bytes, more than the"
                + " 2 GiB an export may have").doesNotContain("Exception");
    }

    @Test
    void aLineWithNoEndIsRefusedAtItsLine() throws IOException {
        Path project = project();
        Path expenses = project.resolve("data/expenses.csv");
        try (RandomAccessFile file = new RandomAccessFile(expenses.toFile(), "rw")) {
            file.setLength(file.length() + 3_000_000); // NUL bytes after the last row
        }
        long rows = Files.readString(project.resolve("data/expenses.csv")).lines().count();

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("data/expenses.csv:" + rows + ": error: this line is longer than 1,000,000"
                + " characters").doesNotContain("Exception");
    }

    @Test
    void aProjectFileOfSixtyMegabytesIsRefusedUnparsed() throws IOException {
        Path project = project();
        Path yaml = project.resolve("project.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nnotes: \"" + "x".repeat(60_000_000) + "\"\n");

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("project.yaml: error: the file is 60,00").contains("bytes, more"
                + " than the 1,024 KiB a project file may have").doesNotContain("Exception");
    }

    @Test
    void twoHundredThousandSitesAreRefusedAtTheirKey() throws IOException {
        Path project = project();
        Path yaml = project.resolve("project.yaml");
        StringBuilder sites = new StringBuilder("sites: [");
        for (int i = 0; i < 200_000; i++) {
            sites.append(i == 0 ? "" : ",").append(letters(i));
        }
        String text = Files.readString(yaml).replace("sites:\n  - Riverfront\n  - Stung Mean Chey\n",
                sites.append("]\n").toString());
        assertThat(text).contains("sites: [b,c,");
        Files.writeString(yaml, text);

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("error: sites lists 200,000 entries, more than the 10,000 a"
                + " project may have").doesNotContain("Exception");
    }

    /** A short name of letters only, different for every {@code n}, so that 200,000 of them fit under 1 MiB. */
    private static String letters(int n) {
        String alphabet = "bcdfghjkmpqrstvwxzBCDFGHJKMPQRSTVWXZ"; // nothing YAML reads as true, no or null
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.append(alphabet.charAt(rest % alphabet.length()));
            rest /= alphabet.length();
        } while (rest > 0);
        return s.toString();
    }
}

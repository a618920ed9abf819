package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project folder is untrusted: no path it names, and no link inside it, makes the tool read a file outside the
 * project folder unless the command line allows that folder with {@code --allow-outside}; a file that is not CSV
 * never has its first line quoted.
 */
class OutsideTheProjectTest {

    private static final Path PASSWD = Path.of("/etc/passwd");

    @TempDir
    Path temp;

    private Path project() {
        return copy(Path.of("sample-data"), temp.resolve("project"));
    }

    private static void replaceInYaml(Path project, String old, String replacement) throws IOException {
        Path yaml = project.resolve("project.yaml");
        String text = Files.readString(yaml);
        assertThat(text).contains(old);
        Files.writeString(yaml, text.replace(old, replacement));
    }

    private CliRun report(Path project, String... extra) {
        String[] base = {"report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--format", "json",
                "--out", temp.resolve("out").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private void assertNothingWritten() throws IOException {
        if (Files.exists(temp.resolve("out"))) {
            try (Stream<Path> files = Files.list(temp.resolve("out"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aNarrativeSectionLinkedToASystemFileIsRefusedByName() throws IOException {
        Path project = project();
        Files.createSymbolicLink(project.resolve("narrative/04-extra.md"), PASSWD);
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--out",
                temp.resolve("out").toString(), "--format", "pdf,html");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("project.yaml:37: error: narrative \"narrative\" cannot be read: it holds 04-extra.md, a link that leads"
                + " outside the project folder, to /etc/passwd", "--allow-outside DIR").doesNotContain("root:");
        assertNothingWritten();
    }

    @Test
    void aDataFileLinkedOutsideIsRefusedAndValidateSaysSo() throws IOException {
        Path project = project();
        Files.delete(project.resolve("data/funding.csv"));
        Files.createSymbolicLink(project.resolve("data/funding.csv"), PASSWD);
        CliRun run = report(project);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("project.yaml:31: error: files.funding \"data/funding.csv\" cannot be read:"
                + " it is a link that leads outside the project folder, to /etc/passwd").doesNotContain("root:");
        assertNothingWritten();

        CliRun validate = CliRun.of("validate", project.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("files.funding").doesNotContain("root:");
    }

    @Test
    void aDefaultDataPathLinkedOutsideIsNamedByItsFile() throws IOException {
        Path project = project();
        replaceInYaml(project, "  funding: data/funding.csv\n", "");
        Files.delete(project.resolve("data/funding.csv"));
        Files.createSymbolicLink(project.resolve("data/funding.csv"), PASSWD);
        CliRun run = CliRun.of("budget", project.toString(), "--period", "Y1", "--as-of", "2019-12-15");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("data/funding.csv: error: cannot be read: it is a link that leads outside the"
                + " project folder, to /etc/passwd").doesNotContain("root:");
    }

    @Test
    void aFilesPathNamingASystemFileIsRefusedAtItsKey() throws IOException {
        Path project = project();
        replaceInYaml(project, "funding: data/funding.csv", "funding: /etc/passwd");
        CliRun run = report(project);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("project.yaml:31: error: files.funding \"/etc/passwd\" cannot be read: it lies"
                + " outside the project folder").doesNotContain("root:");
        replaceInYaml(project, "funding: /etc/passwd", "funding: ../../../../../../../etc/passwd");
        assertThat(report(project).err()).contains("files.funding \"../../../../../../../etc/passwd\" cannot be"
                + " read: it lies outside the project folder");
    }

    @Test
    void aTemplateFileLinkedOutsideIsRefused() throws IOException {
        Path project = project();
        Path templates = Files.createDirectories(project.resolve("my-template"));
        Files.createSymbolicLink(templates.resolve("logo.png"), PASSWD);
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "templates: my-template\n");
        CliRun run = report(project);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: templates \"my-template\" cannot be read: it holds logo.png, a link"
                + " that leads outside the project folder, to /etc/passwd");

        Path given = Files.createDirectories(temp.resolve("given-template"));
        Files.createSymbolicLink(given.resolve("report.css"), PASSWD);
        CliRun withOption = CliRun.of("report", copy(Path.of("sample-data"), temp.resolve("other")).toString(),
                "--period", "Y1", "--as-of", "2019-12-15", "--format", "html", "--template", given.toString(),
                "--out", temp.resolve("out").toString());
        assertThat(withOption.exitCode()).isEqualTo(2);
        assertThat(withOption.err()).contains("--template " + given + " cannot be used: it holds report.css, a link"
                + " that leads outside the project folder, to /etc/passwd");
    }

    @Test
    void aDenyListOutsideTheProjectNeedsAllowOutside() throws IOException {
        Path project = project();
        Path private_ = Files.createDirectories(temp.resolve("private"));
        Files.writeString(private_.resolve("names.txt"), "Sophea Chan\n");
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "privacy:\n  deny_list: ../private/names.txt\n");
        CliRun refused = report(project);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("error: privacy.deny_list \"../private/names.txt\" cannot be read: it lies"
                + " outside the project folder; keep the project's files inside its folder, or let the tool read a"
                + " folder outside it with --allow-outside DIR");

        CliRun allowed = report(project, "--allow-outside", private_.toString());
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    }

    @Test
    void aProjectFileLinkedOutsideIsNotRead() throws IOException {
        Path project = project();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.move(project.resolve("project.yaml"), elsewhere.resolve("project.yaml"));
        Files.createSymbolicLink(project.resolve("project.yaml"), elsewhere.resolve("project.yaml"));
        CliRun run = CliRun.of("validate", project.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("project.yaml: cannot be read: it is a link that leads outside the project"
                + " folder, to " + elsewhere.toRealPath().resolve("project.yaml"));
        assertThat(CliRun.of("validate", project.toString(), "--allow-outside", elsewhere.toString()).exitCode())
                .isNotEqualTo(2);
    }

    @Test
    void aFileThatIsNotCsvHasNoLineQuoted() throws IOException {
        Path project = project();
        Files.writeString(project.resolve("data/funding.csv"),
                "SECRET_TOKEN=abc123\u0000PATH=/usr/bin\u0000HOME=/root\n");
        CliRun run = CliRun.of("validate", project.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("data/funding.csv:1: error: required column \"date\" is missing; the first"
                + " line does not read as a CSV header row (not shown); check that the path names the right file")
                .doesNotContain("SECRET_TOKEN").doesNotContain("abc123");
    }

    @Test
    void aWideHeaderIsQuotedShortAndEscaped() throws IOException {
        Path project = project();
        StringBuilder header = new StringBuilder("day,\u202Edonor");
        for (int i = 1; i <= 20; i++) {
            header.append(",extra").append(i).append("x".repeat(60));
        }
        Files.writeString(project.resolve("data/funding.csv"), header + "\n");
        CliRun run = CliRun.of("validate", project.toString());
        assertThat(run.err()).contains("headers found: day, \\u202Edonor, extra1" + "x".repeat(34) + "…, ")
                .contains(" and 10 more").doesNotContain("x".repeat(40)).doesNotContain("\u202E");
    }
}

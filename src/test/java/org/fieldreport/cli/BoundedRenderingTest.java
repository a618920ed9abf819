package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template or narrative made to break the typesetter: an include that leaves the template folder, a CSS length
 * of miles, Markdown nested thousands deep. Each ends in a clear error or a report, never exit 5.
 */
class BoundedRenderingTest {

    @TempDir
    Path temp;

    private Path project() {
        return copy(Path.of("sample-data"), temp.resolve("project"));
    }

    private CliRun report(Path project, String formats) {
        return CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--format",
                formats, "--out", temp.resolve("out").toString());
    }

    private static Path template(Path project) throws IOException {
        Path folder = Files.createDirectories(project.resolve("my-template"));
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "templates: my-template\n");
        return folder;
    }

    @Test
    void aTemplateIncludeLinkedOutOfTheTemplateFolderIsAClearError() throws IOException {
        Path project = project();
        Path folder = template(project);
        Files.copy(Path.of("templates/annual-report/report.ftlh"), folder.resolve("report.ftlh"));
        Files.writeString(folder.resolve("report.ftlh"), Files.readString(folder.resolve("report.ftlh"))
                .replaceFirst("<body([^>]*)>", "<body$1><#include \"part.ftlh\">"));
        Files.createSymbolicLink(folder.resolve("part.ftlh"), project.resolve("project.yaml"));

        CliRun run = report(project, "html");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("part.ftlh").contains("template folder").doesNotContain("Exception")
                .doesNotContain("KHM-HPC");
    }

    @Test
    void aHugeCssLengthDoesNotStopThePdf() throws IOException {
        Path project = project();
        Path folder = template(project);
        Files.writeString(folder.resolve("report.css"), Files.readString(Path.of("templates/annual-report/report.css"))
                + "\ntable { width: 99999999in; }\nh1 { margin-left: 99999999in; font-size: 99999999in; }\n");

        CliRun run = report(project, "pdf");

        assertThat(run.err()).doesNotContain("Exception").doesNotContain("internal error");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(temp.resolve("out/KHM-HPC-PSK-P01_Y1_donor.pdf")).isNotEmptyFile();
    }

    @Test
    void aQuoteTenThousandDeepIsRefusedAtItsLine() throws IOException {
        Path project = project();
        Files.writeString(project.resolve("narrative/04-deep.md"), "# Deep\n\n" + ">".repeat(10_000) + " hello\n");

        CliRun run = report(project, "html");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/04-deep.md:3:").contains("nested").doesNotContain("Exception");
    }

    @Test
    void fiveThousandNestedListItemsAreRefusedAtTheirLine() throws IOException {
        Path project = project();
        StringBuilder md = new StringBuilder("# Deep\n\n");
        for (int i = 0; i < 5_000; i++) {
            md.append("  ".repeat(i)).append("- item\n");
        }
        Files.writeString(project.resolve("narrative/04-deep.md"), md);

        CliRun run = report(project, "html");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/04-deep.md:").contains("nested").doesNotContain("Exception");
    }

    @Test
    void fiveThousandListMarkersOnOneLineAreRefused() throws IOException {
        Path project = project();
        Files.writeString(project.resolve("narrative/04-deep.md"), "# Deep\n\n" + "- ".repeat(5_000) + "x\n");

        CliRun run = report(project, "html");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/04-deep.md:3:").contains("nested").doesNotContain("Exception");
    }
}

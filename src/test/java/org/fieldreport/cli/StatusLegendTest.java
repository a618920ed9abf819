package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legend under the results table states the status thresholds the report used: the April project sets
 * {@code status: {green: 80, amber: 60}}, the sample keeps the defaults of 90 and 70.
 */
class StatusLegendTest {

    @TempDir
    Path temp;

    @Test
    void theLegendPrintsTheProjectsOwnThresholds() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", "src/test/resources/projects/april", "--period", "Y1", "--as-of",
                "2021-05-01", "--format", "pdf,html", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        String legend = "green at 80% or more, amber from 60%, red below (project.yaml status)";
        assertThat(Files.readString(out.resolve("TEST-APRIL_Y1_donor.html"))).contains(legend)
                .doesNotContain("green at 90%");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("TEST-APRIL_Y1_donor.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(legend);
        }
    }

    @Test
    void theLegendAndTheStatusFollowChangedThresholds() throws IOException {
        Path project = ProjectCopy.copy(Path.of("src/test/resources/projects/april"), temp.resolve("april"));
        Path yaml = project.resolve("project.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  green: 80\n  amber: 60\n",
                "  green: 25\n  amber: 5\n"));
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2021-05-01",
                "--format", "html,json", "--audience", "internal", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(Files.readString(out.resolve("TEST-APRIL_Y1_internal.html")))
                .contains("green at 25% or more, amber from 5%, red below (project.yaml status)");
        // 3 football players of a target of 10 is 30.0 %: red at 80/60, green at 25/5 (internal: 3 is not withheld)
        assertThat(Files.readString(out.resolve("TEST-APRIL_Y1_internal.json")))
                .containsPattern("\"id\" ?: ?\"football_players\"[^}]*\"status\" ?: ?\"green\"");
    }

    @Test
    void theDefaultsAreNinetyAndSeventy() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--format", "html", "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html")))
                .contains("green at 90% or more, amber from 70%, red below (project.yaml status)");
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart is drawn only where there is something to draw: no page of empty axes for a project without outreach. */
class ChartChoiceTest {

    @TempDir
    Path temp;

    @Test
    void aProjectWithNoOutreachNightsGetsNoOutreachChart() throws IOException {
        Path project = ProjectCopy.copy(Path.of("src/test/resources/projects/nairobi"), temp.resolve("p"));
        Path nights = project.resolve("data/outreach_nights.csv");
        String header = Files.readAllLines(nights, StandardCharsets.UTF_8).get(0);
        Files.writeString(nights, header + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--format", "html", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("KEN-NBO-01_Y1_donor.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Outreach nights per month").doesNotContain("E-9")
                .contains("Budget against actual by heading");
    }

    @Test
    void theSampleStillGetsItsOutreachChartWithTheTargetInTheLegend() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--format", "html", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html"), StandardCharsets.UTF_8))
                .contains("<h3>Outreach nights per month</h3>").contains("against the target of 5 nights a week");
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page one as the officer chose it in project.yaml ({@code report.headline}): the headline figures at a glance,
 * before the narrative; and the report's closing words and signatory at the end of the body.
 */
class PageOneTest {

    @TempDir
    Path temp;

    @Test
    void theSampleShowsItsSixHeadlineFiguresOnPageOneAndIsSignedAtTheEnd() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--format", "pdf", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("KHM-HPC-PSK-P01_Y1_donor.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String pageOne = stripper.getText(pdf).replaceAll("\\s+", " ");
            // 258 distinct outreach dates and 2,289 contacts in data/outreach_nights.csv for Dec 2018 – Nov 2019
            assertThat(pageOne).contains("At a glance").contains("258 Outreach nights")
                    .contains("Target 260").contains("2,289 Children contacted on outreach")
                    .contains("Quarters in which a prevention programme was delivered");
            assertThat(pageOne.indexOf("At a glance")).isLessThan(pageOne.indexOf("The project"));
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(all.indexOf("Dara Keo Programme Director, Riverfront Child Safety Partners"))
                    .isGreaterThan(all.indexOf("Budget and funding"))
                    .isLessThan(all.indexOf("Appendix: data quality and provenance"));
        }
    }

    @Test
    void withoutAChoiceTheFirstFigureWithATargetOfEachSectionIsShown() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("p"));
        Path yaml = project.resolve("project.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, text.replaceAll("(?m)^  headline: .*\\n", ""), StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--format", "html", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html"), StandardCharsets.UTF_8);
        String glance = html.substring(html.indexOf("At a glance"), html.indexOf("</table>", html.indexOf(
                "At a glance")));
        // sections Outreach, Activities, Kids clubs, Arts, Prevention (counselling has no target, finance none)
        assertThat(glance).contains("Outreach nights").contains("Children attending activities")
                .contains("Kids-club sessions").contains("Arts sessions")
                .contains("Quarters in which a prevention programme was delivered")
                .doesNotContain("Counselling").doesNotContain("Budget for the period");
    }

    @Test
    void aHeadlineIdThatIsNoIndicatorIsAnErrorAtItsLine() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("p"));
        Path yaml = project.resolve("project.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        String wrong = text.replace("headline: [outreach_nights,", "headline: [outreach_night,");
        Files.writeString(yaml, wrong, StandardCharsets.UTF_8);
        int line = 1 + (int) wrong.substring(0, wrong.indexOf("outreach_night,")).chars().filter(c -> c == '\n')
                .count();

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("project.yaml:" + line + ": error: report.headline names"
                + " \"outreach_night\", which is not an indicator of this project");
    }

    @Test
    void aProjectWithoutLocationOrTargetsGetsNoDanglingCommaAndNoEmptyGlance() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", "src/test/resources/projects/nairobi", "--period", "Y1", "--format", "html",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("KEN-NBO-01_Y1_donor.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<p class=\"where\">KEN-NBO-01</p>").doesNotContain("At a glance");
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results table of the donor report as a donor reads it: no empty columns, no finance rows that repeat the
 * budget section, ratios in words, statuses that fit their column, and the notes on method in the appendix.
 */
class CompactResultsTest {

    @TempDir
    Path temp;

    private String results;
    private String appendix;

    private void render(Path project) throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--format", "html", "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html"), StandardCharsets.UTF_8);
        int start = html.indexOf("<h2>Results</h2>");
        results = html.substring(start, html.indexOf("<h2>", start + 10));
        appendix = html.substring(html.indexOf("<h2>Appendix"));
    }

    @Test
    void theSampleTableHasNoBaselineColumnNoFinanceRowsAndRatiosInWords() throws IOException {
        render(Path.of("sample-data"));

        assertThat(results).doesNotContainIgnoringCase("baseline").doesNotContain("Budget for the period")
                .doesNotContain("Spent in the period").doesNotContain("Funding received");
        // 258 outreach dates in Year 1's 365 days = 52.14 weeks; 9,320 kids-club attendances at 304 sessions
        assertThat(results).contains("258 nights in 52.1 weeks").contains("9,320 attendances in 304 sessions")
                .contains("4 of 4 quarters");
        assertThat(results).contains(">Withheld<").doesNotContain("Withheld: small number")
                .doesNotContain("Breakdown withheld");
        assertThat(results).contains("A child who attends at more than one site is counted once in the total");
        assertThat(results).doesNotContain("Achieved is the actual value").doesNotContain("Privacy:");
        assertThat(appendix).contains("How the figures were made").contains("Achieved is the actual value")
                .contains("Breakdowns by site, sex and age are not shown for sensitive figures (interventions to"
                        + " prevent abuse, disclosures of abuse, referrals to services and authorities")
                .contains("Privacy: donor");
    }

    @Test
    void aDeclaredBaselineBringsItsColumnBack() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("p"));
        Path yaml = project.resolve("project.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, text.replaceFirst("    targets: \\{year: 260,",
                "    baseline: 200\n    targets: {year: 260,"),
                StandardCharsets.UTF_8);

        render(project);

        assertThat(results).contains(">Baseline</th>").contains(">200</td>");
    }
}

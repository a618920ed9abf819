package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.ProjectCopy;
import org.fieldreport.privacy.ChildCodeScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child codes that arrive where they should not (a shifted attendance column, a code in an expense description, a
 * code typed into an outreach count) never reach an output, a message or the run summary.
 */
class ChildCodeLeakTest {

    @TempDir
    Path temp;

    @Test
    void codesInTheWrongPlaceAreNeverPrinted() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("project"));
        append(project.resolve("data/attendance.csv"), "2019-01-05,Stung Mean Chey,kids_club,S-X,F,RF-0009,9\n"
                + "2019-01-06,Stung Mean Chey,kids_club,S-Y,SMC-0002,F,-7\n");
        append(project.resolve("data/expenses.csv"), "2019-01-03,P1,medical fees for SMC-0002,100.00,USD,,R-LEAK\n"
                + "2019-01-04,P1,school fees,50.00,USD,,SMC-0002\n");
        append(project.resolve("data/outreach_nights.csv"),
                "2019-01-31,Riverfront,Team C,2,RF-0001,0,0,0,0,0,0,\n");
        Path out = temp.resolve("out");
        Path summary = temp.resolve("summary.json");
        CliRun report = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--audience", "public", "--format", "pdf,xlsx,html,json", "--out", out.toString(), "--summary",
                summary.toString());
        assertThat(report.exitCode()).isEqualTo(1);
        CliRun validate = CliRun.of("validate", project.toString(), "--format", "json");
        CliRun budget = CliRun.of("budget", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--format", "json", "--expenses");

        ChildCodeScan scan = ChildCodeScan.of(List.of("RF-0009", "SMC-0002", "RF-0001"));
        assertThat(scan.find(report.out() + report.err() + validate.out() + validate.err())).isEmpty();
        assertThat(scan.find(budget.out() + budget.err())).isEmpty();
        assertThat(scan.find(Files.readString(summary))).isEmpty();
        String base = "KHM-HPC-PSK-P01_Y1_public.";
        assertThat(scan.find(Files.readString(out.resolve(base + "json")))).isEmpty();
        assertThat(scan.find(Files.readString(out.resolve(base + "html")))).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.resolve(base + "pdf").toFile())) {
            assertThat(scan.find(new PDFTextStripper().getText(pdf))).isEmpty();
        }
        assertThat(scan.find(WorkbookXml.of(out.resolve(base + "xlsx")))).isEmpty();

        assertThat(validate.out()).contains("description names a child by code; the code is masked as [child code]")
                .contains("reference names a child by code; the code is masked as [child code]")
                .contains("sex (value not shown) is not F, M or X")
                .contains("age is negative (value not shown)");
        assertThat(budget.out()).contains("medical fees for [child code]").contains("\"reference\" : \"[child code]\"");
    }

    @Test
    void anAverageOverSessionsIsNotMistakenForASmallCount() throws IOException {
        CliRun run = CliRun.of("indicators", "sample-data", "--period", "2019-03-01..2019-03-03", "--audience",
                "public", "--format", "json");
        JsonNode average = null;
        for (JsonNode n : new ObjectMapper().readTree(run.out()).get("indicators")) {
            if (n.get("id").asText().equals("kids_club_average")) {
                average = n;
            }
        }
        assertThat(average).isNotNull();
        assertThat(average.get("value").isNumber()).as(average.toString()).isTrue();
        assertThat(average.get("denominator").isNumber()).isTrue();
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, Files.readString(file) + line);
    }
}

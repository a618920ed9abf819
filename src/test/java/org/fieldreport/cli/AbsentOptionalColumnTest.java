package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outreach export without the optional girls and boys columns: the girls and boys contacted are unknown, not 0,
 * in the terminal, JSON, PDF, HTML and workbook alike; every other figure is still computed.
 */
class AbsentOptionalColumnTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    Path project;

    @BeforeEach
    void withoutGirlsAndBoys() throws IOException {
        project = copy(Path.of("src/test/resources/projects/mini"), temp.resolve("p"));
        Files.writeString(project.resolve("data/outreach_nights.csv"), """
                date,area,team,staff,children_contacted,new_children,interventions,disclosures,referrals
                2018-12-03,Riverfront,Team A,3,10,3,1,0,1
                2018-12-03,Stung Mean Chey,Team B,2,5,1,0,1,0
                2018-12-04,Riverfront,Team A,3,8,2,0,0,0
                2019-01-10,Riverfront,Team A,3,7,0,2,1,1
                """);
    }

    @Test
    void girlsAndBoysAreNotAvailableInTheIndicators() throws IOException {
        CliRun json = CliRun.of("indicators", project.toString(), "-p", "Y1", "-f", "json", "--as-of", "2020-01-10");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode girls = indicator(JSON.readTree(json.out()), "girls_contacted");
        assertThat(girls.get("available").asBoolean()).isFalse();
        assertThat(girls.get("value").isNull()).isTrue();
        assertThat(indicator(JSON.readTree(json.out()), "outreach_contacts").get("value").asInt()).isEqualTo(30);

        CliRun text = CliRun.of("indicators", project.toString(), "-p", "Y1", "--as-of", "2020-01-10");
        assertThat(text.out()).contains("not available: data/outreach_nights.csv has no girls column",
                "not available: data/outreach_nights.csv has no boys column");
        assertThat(text.out()).containsPattern("Girls contacted\\s+n/a");
    }

    @Test
    void girlsAndBoysAreNotAvailableInEveryReportFormat() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", project.toString(), "-p", "Y1", "--as-of", "2020-01-10", "-f",
                "pdf,html,xlsx,json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        try (PDDocument doc = Loader.loadPDF(out.resolve("TEST-MINI_Y1_donor.pdf").toFile())) {
            String pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(pdf).contains("Girls contacted n/a Not available", "Boys contacted n/a Not available");
        }
        String html = Files.readString(out.resolve("TEST-MINI_Y1_donor.html"));
        assertThat(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .containsPattern("Girls contacted n/a .*Not available");
        JsonNode report = JSON.readTree(out.resolve("TEST-MINI_Y1_donor.json").toFile());
        JsonNode girls = indicator(report, "girls_contacted");
        assertThat(girls.get("available").asBoolean()).isFalse();
        assertThat(girls.get("value").isNull()).isTrue();

        try (InputStream in = Files.newInputStream(out.resolve("TEST-MINI_Y1_donor.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> row = rowOf(wb, "Girls contacted");
            assertThat(row).contains("Not available").doesNotContain("0");
        }
    }

    private static List<String> rowOf(XSSFWorkbook wb, String label) {
        DataFormatter format = new DataFormatter();
        for (Sheet sheet : wb) {
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell c : r) {
                    cells.add(format.formatCellValue(c));
                }
                if (cells.contains(label)) {
                    return cells;
                }
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static JsonNode indicator(JsonNode root, String id) {
        JsonNode list = root.has("indicators") ? root.get("indicators") : root.get("results");
        for (JsonNode i : list) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }
}

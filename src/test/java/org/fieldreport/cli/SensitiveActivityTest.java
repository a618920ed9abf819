package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counselling is a sensitive activity of the sample (a sensitive indicator filters on it), so wherever a figure
 * describes it, in donor and public output, it follows the sensitive rules: its breakdown cell is withheld, its
 * session count is hidden in public output, and the workbook lists no counselling row.
 */
class SensitiveActivityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void counsellingIsSensitiveWhereverItAppears() throws IOException {
        for (String audience : new String[] {"internal", "donor", "public"}) {
            CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--audience",
                    audience, "--format", "json,xlsx", "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        // internal output shows the counselling children and sessions exactly
        assertThat(counsellingCell("internal").isNumber()).isTrue();
        assertThat(indicator("internal", "counselling_sessions").get("value").isNumber()).isTrue();
        assertThat(attendanceSheetMentionsCounselling("internal")).isTrue();
        for (String audience : new String[] {"donor", "public"}) {
            assertThat(counsellingCell(audience).asText()).as(audience).isEqualTo("[c]");
            assertThat(attendanceSheetMentionsCounselling(audience)).as(audience).isFalse();
        }
        // the sample has fewer than 10 counselling sessions in the year: exact in donor output would be allowed
        // only above the sensitive threshold, and public output hides them
        long sessions = indicator("internal", "counselling_sessions").get("value").asLong();
        JsonNode publicSessions = indicator("public", "counselling_sessions").get("value");
        if (sessions < 10) {
            assertThat(publicSessions.isNumber()).isFalse();
        } else {
            assertThat(publicSessions.asLong()).isEqualTo(sessions);
        }
    }

    private JsonNode indicator(String audience, String id) throws IOException {
        JsonNode report = JSON.readTree(Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_" + audience + ".json")));
        for (JsonNode n : report.get("indicators")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    private JsonNode counsellingCell(String audience) throws IOException {
        return indicator(audience, "children_attending").get("breakdown").get("activity").get("counselling");
    }

    private boolean attendanceSheetMentionsCounselling(String audience) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
                out.resolve("KHM-HPC-PSK-P01_Y1_" + audience + ".xlsx")))) {
            var sheet = wb.getSheet("Attendance");
            assertThat(sheet).isNotNull();
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("counselling")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

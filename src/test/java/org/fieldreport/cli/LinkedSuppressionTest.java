package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook's month-by-area grid of children contacted and the report's month and area breakdowns of the same
 * figure are suppressed as one: no month or area, counted across both outputs, has exactly one hidden figure, so none
 * can be worked out by subtracting what the other output shows.
 */
class LinkedSuppressionTest {

    @TempDir
    Path temp;

    @Test
    void theWorkbookGridAndTheJsonBreakdownsHideTheSameFigures() throws IOException {
        Path project = ProjectCopy.copy(Path.of("src/test/resources/projects/report"), temp.resolve("project"));
        Path yaml = project.resolve("project.yaml");
        String text = Files.readString(yaml);
        int at = text.indexOf("column: children_contacted\n    breakdowns: [area]");
        assertThat(at).isPositive();
        Files.writeString(yaml, text.replace("column: children_contacted\n    breakdowns: [area]",
                "column: children_contacted\n    breakdowns: [area, month]"));
        // March: one night with 3 children, so the month itself is a small count in the report's month breakdown
        Path nights = project.resolve("data/outreach_nights.csv");
        Files.writeString(nights, Files.readString(nights) + "2019-03-02,Riverfront,Team A,3,3,0,2,1,0,0,0\n");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2020-01-15", "--format",
                "json,xlsx", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode contacts = null;
        for (JsonNode n : new ObjectMapper().readTree(Files.readString(single("json"))).get("indicators")) {
            if (n.get("id").asText().equals("outreach_contacts")) {
                contacts = n;
            }
        }
        assertThat(contacts).isNotNull();
        JsonNode byMonth = contacts.get("breakdown").get("month");
        JsonNode byArea = contacts.get("breakdown").get("area");
        Map<String, List<String>> grid = grid(single("xlsx"));
        // January at Stung Mean Chey: 3 children, a small count
        assertThat(grid.get("2019-01").get(1)).isEqualTo("<5");

        List<String> areas = List.of("Riverfront", "Stung Mean Chey");
        for (var month : grid.entrySet()) {
            int hidden = hidden(byMonth.get(month.getKey()).asText());
            for (String cell : month.getValue()) {
                hidden += hidden(cell);
            }
            assertThat(hidden).as("month " + month.getKey()).isNotEqualTo(1);
        }
        for (int a = 0; a < areas.size(); a++) {
            int hidden = hidden(byArea.get(areas.get(a)).asText());
            for (List<String> row : grid.values()) {
                hidden += hidden(row.get(a));
            }
            assertThat(hidden).as("area " + areas.get(a)).isNotEqualTo(1);
        }
    }

    private Path single(String extension) throws IOException {
        try (var files = Files.list(temp.resolve("out"))) {
            return files.filter(f -> f.toString().endsWith("." + extension)).findFirst().orElseThrow();
        }
    }

    private static int hidden(String text) {
        return text.startsWith("<") || text.equals("[c]") ? 1 : 0;
    }

    /** Month (yyyy-MM) to the "Children reached" cells, one per area, as text. */
    private static Map<String, List<String>> grid(Path xlsx) throws IOException {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Outreach");
            List<Integer> columns = new ArrayList<>();
            for (Row row : sheet) {
                if (columns.isEmpty()) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Children reached")) {
                            columns.add(c.getColumnIndex());
                        }
                    }
                    continue;
                }
                Cell month = row.getCell(0);
                if (month == null || month.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                String key = month.getLocalDateTimeCellValue().toLocalDate().toString().substring(0, 7);
                List<String> cells = new ArrayList<>();
                for (int c : columns) {
                    Cell cell = row.getCell(c);
                    cells.add(cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                grid.put(key, cells);
            }
        }
        return grid;
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Form exports with repeat groups, read through project.yaml alone: a KoboToolbox XLSX (a sheet of sessions, a
 * sheet of the children in each, joined on _index and _parent_index; dates as Excel dates, ages as numbers) and
 * ODK Central CSVs (its "-" group separator, its metadata columns, a submission exported twice, a repeat group
 * joined on KEY and PARENT_KEY). The project is the Kisumu one of {@link MappedExportsTest} with its attendance and
 * outreach files replaced; every figure is counted by hand in the comments.
 */
class FormExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    Path project;

    @BeforeEach
    void kisumu() {
        project = copy(Path.of("src/test/resources/exports/kisumu"), temp.resolve("kisumu"));
    }

    /** Replaces the project's entry for {@code kind} (up to the next file's key) by {@code entry}. */
    private void declare(String kind, String next, String entry) throws IOException {
        String yaml = Files.readString(project.resolve("project.yaml"));
        int from = yaml.indexOf("  " + kind + ":\n");
        int to = yaml.indexOf("  " + next + ":\n");
        Files.writeString(project.resolve("project.yaml"), yaml.substring(0, from) + entry + yaml.substring(to));
    }

    @Test
    void aKoboWorkbookWithARepeatGroupOfChildren() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Sheet sessions = wb.createSheet("Sesiones");
            row(sessions, 0, null, "start", "grp/fecha", "grp/sitio", "grp/actividad", "_id", "_uuid", "_index");
            row(sessions, 1, date, "2019-01-09T10:00:00", LocalDate.of(2019, 1, 9), "Nyalenda", "kids_club", 11.0,
                    "s-1", 1.0);
            row(sessions, 2, date, "2019-01-16T10:00:00", LocalDate.of(2019, 1, 16), "Manyatta", "kids_club", 12.0,
                    "s-2", 2.0);
            Sheet children = wb.createSheet("ninos");
            row(children, 0, null, "ninos/codigo", "ninos/sexo", "ninos/edad", "_index", "_parent_table_name",
                    "_parent_index", "_submission__uuid");
            row(children, 1, null, "NY-001", "Mujeres", 9.0, 1.0, "Sesiones", 1.0, "s-1");
            row(children, 2, null, "NY-002", "Hombres", 11.0, 2.0, "Sesiones", 1.0, "s-1");
            row(children, 3, null, "MA-001", "Mujeres", 10.0, 3.0, "Sesiones", 2.0, "s-2");
            row(children, 4, null, "NY-001", "Mujeres", 9.0, 4.0, "Sesiones", 2.0, "s-2");
            row(children, 5, null, "XX-009", "Hombres", 8.0, 5.0, "Sesiones", 7.0, "s-7");
            row(children, 6, null, "MA-002", "Hombres", "doce", 6.0, "Sesiones", 2.0, "s-2");
            try (OutputStream out = Files.newOutputStream(project.resolve("exports/kobo-sessions.xlsx"))) {
                wb.write(out);
            }
        }
        declare("attendance", "budget", """
                  attendance:
                    path: exports/kobo-sessions.xlsx
                    sheet: ninos
                    parent: {sheet: Sesiones}
                    map: {sex: {Mujeres: F, Hombres: M}}
                    columns: {date: fecha, site: sitio, activity: actividad, session: parent/_uuid, child_code: codigo,
                              sex: sexo, age: edad}
                """);
        CliRun validate = CliRun.of("validate", project.toString());
        assertThat(problems(validate)).containsExactly(
                "exports/kobo-sessions.xlsx[ninos]:6: error: the row is of a repeat group, but its parent row (key 7)"
                        + " is not in exports/kobo-sessions.xlsx[Sesiones]; export the form's main table and its"
                        + " repeat groups together",
                "exports/kobo-sessions.xlsx[ninos]:7:3: error: age (value not shown) is not a number",
                "exports/ledger.csv:6: warning: 1 row is money coming in (marked CR), not spending (line 6): left out"
                        + " and counted as excluded in the reconciliation");

        JsonNode y1 = indicators();
        // NY-001, NY-002 at Nyalenda on 9 January; MA-001 and NY-001 at Manyatta on 16 January
        JsonNode attending = indicator(y1, "children_attending");
        assertThat(attending.get("value").asInt()).isEqualTo(3);
        assertThat(attending.get("breakdown").get("site").get("Nyalenda").asInt()).isEqualTo(2);
        assertThat(attending.get("breakdown").get("site").get("Manyatta").asInt()).isEqualTo(2);
        assertThat(attending.get("breakdown").get("sex").get("F").asInt()).isEqualTo(2);
        assertThat(indicator(y1, "kids_club_sessions").get("value").asInt()).isEqualTo(2);
    }

    @Test
    void odkCentralCsvsWithMetadataARepeatGroupAndARowExportedTwice() throws IOException {
        Files.createDirectories(project.resolve("exports/odk"));
        String metadata = "SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,"
                + "DeviceID,Edits,FormVersion";
        Files.writeString(project.resolve("exports/odk/outreach.csv"), "SubmissionDate,night-date,night-ward,"
                + "night-team,counts-contacted,counts-girls,counts-boys,meta-instanceID,KEY," + metadata + "\n"
                + "2019-01-08T19:00:00.000Z,2019-01-08,Nyalenda,Team A,12,5,7,uuid:n1,uuid:n1,5,Akinyi,0,0,,"
                + "approved,collect:X1,0,2019-01\n"
                + "2019-01-15T19:00:00.000Z,2019-01-15,Manyatta,Team B,9,4,5,uuid:n2,uuid:n2,5,Akinyi,0,0,,,"
                + "collect:X1,0,2019-01\n"
                + "2019-01-15T19:00:00.000Z,2019-01-15,Manyatta,Team B,9,4,5,uuid:n2,uuid:n2,5,Akinyi,0,0,,,"
                + "collect:X1,0,2019-01\n");
        Files.writeString(project.resolve("exports/odk/sessions.csv"), "SubmissionDate,session-date,session-site,"
                + "meta-instanceID,KEY," + metadata + "\n"
                + "2019-01-09T12:00:00.000Z,2019-01-09,Nyalenda,uuid:a1,uuid:a1,5,Akinyi,0,0,,,collect:X1,0,1\n"
                + "2019-01-16T12:00:00.000Z,2019-01-16,Manyatta,uuid:a2,uuid:a2,5,Akinyi,0,0,,,collect:X1,0,1\n");
        Files.writeString(project.resolve("exports/odk/sessions-children.csv"), "child-code,child-sex,child-age,"
                + "PARENT_KEY,KEY\n"
                + "NY-001,F,9,uuid:a1,uuid:a1/children[1]\n"
                + "NY-004,M,13,uuid:a1,uuid:a1/children[2]\n"
                + "MA-001,F,10,uuid:a2,uuid:a2/children[1]\n");
        declare("outreach_nights", "attendance", """
                  outreach_nights:
                    path: exports/odk/outreach.csv
                    columns: {area: ward, children_contacted: contacted}
                """);
        declare("attendance", "budget", """
                  attendance:
                    path: exports/odk/sessions-children.csv
                    parent: exports/odk/sessions.csv
                    values: {activity: kids_club}
                    columns: {child_code: code}
                """);
        CliRun validate = CliRun.of("validate", project.toString(), "--strict");
        // the metadata columns are no warning; the second copy of uuid:n2 is counted once
        assertThat(problems(validate)).containsExactly(
                "exports/ledger.csv:6: warning: 1 row is money coming in (marked CR), not spending (line 6): left out"
                        + " and counted as excluded in the reconciliation",
                "exports/odk/outreach.csv:4: warning: repeats the KEY of line 3: the row was exported twice and is"
                        + " counted once");

        JsonNode y1 = indicators();
        assertThat(indicator(y1, "outreach_nights").get("value").asInt()).isEqualTo(2);
        assertThat(indicator(y1, "outreach_contacts").get("value").asInt()).isEqualTo(21); // 12 + 9
        assertThat(indicator(y1, "girls_contacted").get("value").asInt()).isEqualTo(9); // 5 + 4
        JsonNode attending = indicator(y1, "children_attending");
        assertThat(attending.get("value").asInt()).isEqualTo(3);
        assertThat(attending.get("breakdown").get("site").get("Nyalenda").asInt()).isEqualTo(2);
        assertThat(attending.get("breakdown").get("sex").get("M").asInt()).isEqualTo(1);
    }

    @Test
    void aWorkbookGivenAsCsvSaysWhatItIs() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(project.resolve("exports/donor-portal.csv"))) {
            row(wb.createSheet("Funding"), 0, null, "Date", "Donor");
            wb.write(out);
        }
        CliRun validate = CliRun.of("validate", project.toString());
        assertThat(problems(validate)).contains("exports/donor-portal.csv: error: is an Excel workbook (.xlsx) or"
                + " another zip file, not CSV text; give its path with the .xlsx ending (and sheet: NAME if the rows"
                + " are not on the first sheet), or save the sheet as CSV (UTF-8)");
        assertThat(validate.exitCode()).isEqualTo(1);
    }

    @Test
    void aSheetTheWorkbookLacksIsNamedWithTheSheetsItHas() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(project.resolve("exports/funding.xlsx"))) {
            row(wb.createSheet("Receipts"), 0, null, "Date");
            row(wb.createSheet("Pledges"), 0, null, "Date");
            wb.write(out);
        }
        String yaml = Files.readString(project.resolve("project.yaml"));
        Files.writeString(project.resolve("project.yaml"), yaml.substring(0, yaml.indexOf("  funding:\n"))
                + "  funding: {path: exports/funding.xlsx, sheet: Commitments}\n");
        CliRun validate = CliRun.of("validate", project.toString());
        assertThat(problems(validate)).contains("exports/funding.xlsx: error: the workbook has no sheet"
                + " \"Commitments\"; sheets: Receipts, Pledges");
    }

    private JsonNode indicators() throws IOException {
        CliRun run = CliRun.of("indicators", project.toString(), "-p", "Y1", "-f", "json", "--as-of", "2020-02-01");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        return JSON.readTree(run.out());
    }

    private static List<String> problems(CliRun run) {
        return (run.out() + run.err()).lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .toList();
    }

    private static JsonNode indicator(JsonNode root, String id) {
        for (JsonNode i : root.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    /** Writes a row of cells: text, numbers, and dates (shown in {@code dateStyle}, as Excel keeps them). */
    private static void row(Sheet sheet, int at, CellStyle dateStyle, Object... cells) {
        Row row = sheet.createRow(at);
        List<Object> values = new ArrayList<>(List.of(cells));
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            var cell = row.createCell(i);
            if (v instanceof Double d) {
                cell.setCellValue(d);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue((String) v);
            }
        }
    }
}

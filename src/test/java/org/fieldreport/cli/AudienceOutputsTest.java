package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.privacy.ChildCodeScan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample project rendered for every audience in every format: no child code anywhere (text, cells, metadata,
 * console), CONFIDENTIAL on internal output only, and the same suppressed cells in the PDF, the workbook and the JSON.
 */
class AudienceOutputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] AUDIENCES = {"internal", "donor", "public"};

    @TempDir
    static Path out;

    static ChildCodeScan scan;
    static StringBuilder console = new StringBuilder();

    @BeforeAll
    static void renderEveryAudience() throws IOException {
        Set<String> codes = new HashSet<>();
        try (CSVParser csv = CSVParser.parse(Path.of("sample-data/data/attendance.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().get())) {
            for (CSVRecord r : csv) {
                codes.add(r.get("child_code"));
            }
        }
        assertThat(codes).hasSizeGreaterThan(300);
        scan = ChildCodeScan.of(codes);
        for (String audience : AUDIENCES) {
            CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--audience",
                    audience, "--format", "pdf,xlsx,html,json", "--out", out.toString(), "--summary", "-");
            assertThat(run.exitCode()).as(run.err()).isZero();
            console.append(run.out()).append(run.err());
        }
        CliRun indicators = CliRun.of("indicators", "sample-data", "--period", "Y1", "--format", "json");
        console.append(indicators.out()).append(indicators.err());
        CliRun validate = CliRun.of("validate", "sample-data", "--format", "json");
        console.append(validate.out()).append(validate.err());
    }

    private static Path file(String audience, String ext) {
        return out.resolve("KHM-HPC-PSK-P01_Y1_" + audience + "." + ext);
    }

    @Test
    void noChildCodeAppearsInAnyOutputOrOnTheConsole() throws IOException {
        assertThat(scan.find(console)).isEmpty();
        for (String audience : AUDIENCES) {
            try (PDDocument pdf = Loader.loadPDF(file(audience, "pdf").toFile())) {
                assertThat(scan.find(new PDFTextStripper().getText(pdf))).as("pdf text").isEmpty();
                PDDocumentInformation info = pdf.getDocumentInformation();
                assertThat(info.getMetadataKeys()).doesNotContain("Author", "Creator", "Producer");
                assertThat(info.getTitle()).isEqualTo("Protecting Street Kids - Phnom Penh");
            }
            assertThat(scan.find(Files.readString(file(audience, "html")))).as("html").isEmpty();
            assertThat(scan.find(Files.readString(file(audience, "json")))).as("json").isEmpty();
            assertThat(scan.find(unzippedText(file(audience, "xlsx")))).as("xlsx parts").isEmpty();
        }
    }

    @Test
    void internalOutputIsMarkedConfidentialAndNothingElseIs() throws IOException {
        assertThat(pdfText("internal")).contains("CONFIDENTIAL");
        assertThat(pdfText("donor")).doesNotContain("CONFIDENTIAL");
        assertThat(pdfText("public")).doesNotContain("CONFIDENTIAL");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file("internal", "xlsx")))) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getHeader().getCenter() + sheet.getHeader().getLeft() + sheet.getHeader().getRight())
                        .as(sheet.getSheetName()).contains("CONFIDENTIAL");
            }
        }
        assertThat(JSON.readTree(file("internal", "json").toFile()).get("audience").toString())
                .contains("internal");
    }

    @Test
    void pdfWorkbookAndJsonSuppressTheSameCells() throws IOException {
        for (String audience : AUDIENCES) {
            JsonNode root = JSON.readTree(file(audience, "json").toFile());
            String pdf = pdfText(audience);
            List<String[]> workbook = resultsSheet(file(audience, "xlsx"));
            int suppressed = 0;
            for (JsonNode indicator : root.get("indicators")) {
                String label = indicator.get("label").asText();
                String[] row = workbook.stream().filter(r -> r[0].equals(label)).findFirst().orElseThrow();
                JsonNode value = indicator.get("value");
                if (indicator.get("suppressed").asBoolean()) {
                    suppressed++;
                    assertThat(row[1]).as(audience + " workbook " + label).isEqualTo(value.asText());
                    int at = pdf.indexOf(label.substring(0, Math.min(label.length(), 18)));
                    assertThat(at).as(audience + " pdf " + label).isNotNegative();
                    assertThat(pdf.substring(at, Math.min(pdf.length(), at + 260))).contains(value.asText());
                } else if (value.isNumber()) {
                    java.math.BigDecimal exact = value.decimalValue();
                    if (indicator.get("measure").asText().equals("finance")) {
                        exact = exact.setScale(2, java.math.RoundingMode.HALF_UP); // money to the cent
                    }
                    assertThat(row[1]).as(audience + " workbook " + label)
                            .isEqualTo(exact.stripTrailingZeros().toPlainString());
                }
            }
            if (audience.equals("internal")) {
                assertThat(suppressed).isZero();
            } else {
                assertThat(suppressed).as(audience).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void terminalCommandsShowEverythingByDefaultAndSuppressForOtherAudiences() throws IOException {
        JsonNode internal = JSON.readTree(CliRun.of("indicators", "sample-data", "--period", "Y1", "--format",
                "json").out());
        JsonNode donor = JSON.readTree(CliRun.of("indicators", "sample-data", "--period", "Y1", "--format", "json",
                "--audience", "donor").out());
        assertThat(internal.get("audience").get("name").asText()).isEqualTo("internal");
        assertThat(indicator(internal, "disclosures").get("value").asInt()).isEqualTo(6);
        assertThat(indicator(donor, "disclosures").get("value").asText()).isEqualTo("<10");
        assertThat(indicator(donor, "disclosures").get("breakdown").isEmpty()).isTrue();
        String csv = CliRun.of("indicators", "sample-data", "--period", "Y1", "--format", "csv", "--audience",
                "public").out();
        assertThat(csv.lines().filter(l -> l.contains(",disclosures,")).findFirst().orElseThrow()).contains(",<10,");
    }

    private static JsonNode indicator(JsonNode root, String id) {
        for (JsonNode n : root.get("indicators")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id);
    }

    private static String pdfText(String audience) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(audience, "pdf").toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Label and actual (as text: a number without trailing zeros, or the mark) of each Results row. */
    private static List<String[]> resultsSheet(Path xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Results");
            int labelColumn = -1;
            int actualColumn = -1;
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (labelColumn < 0) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equalsIgnoreCase("Actual")) {
                            actualColumn = c.getColumnIndex();
                        }
                        if (c.getCellType() == CellType.STRING
                                && c.getStringCellValue().equalsIgnoreCase("Indicator")) {
                            labelColumn = c.getColumnIndex();
                        }
                    }
                    continue;
                }
                Cell label = row.getCell(labelColumn);
                Cell actual = row.getCell(actualColumn);
                if (label == null || actual == null) {
                    continue;
                }
                String text = actual.getCellType() == CellType.NUMERIC
                        ? new java.math.BigDecimal(String.valueOf(actual.getNumericCellValue())).stripTrailingZeros()
                                .toPlainString()
                        : actual.getStringCellValue();
                rows.add(new String[] {label.getStringCellValue(), text});
            }
            return rows;
        }
    }

    private static String unzippedText(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                text.append(entry.getName()).append('\n');
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nairobi project (src/test/resources/projects/nairobi), reporting in KES: a budget of 4,350,000, a commitment
 * of 4,000,000 and a receipt of 2,000,000 from the same donor under another reference. By hand: committed is the
 * commitment alone, 4,000,000; coverage 4,000,000 / 4,350,000 = 91.954 %, shown cut to 91.95 %; partly funded,
 * a warning, never in green; the receipt is shown beside the commitment, not added to it. Checked in every output.
 */
class FundingAndRatesTest {

    static final String NAIROBI = "src/test/resources/projects/nairobi";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "Budget: Year 1 KES 4,350,000 \u2013 partly funded (91.95 % committed)";

    @TempDir
    static Path out;
    static CliRun report;

    @BeforeAll
    static void renderOnce() {
        report = CliRun.of("report", NAIROBI, "--period", "Y1", "--as-of", "2020-01-15", "--format",
                "pdf,html,xlsx,json", "--out", out.toString());
    }

    private static Path output(String ext) {
        return out.resolve("KEN-NBO-01_Y1_donor." + ext);
    }

    @Test
    void partlyFundedIsAWarningOfTheRunNamingTheFundingFile() {
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.err()).contains("data/funding.csv: warning: Year 1 is partly funded (91.95 % committed):"
                + " KES 4,000,000 committed of a KES 4,350,000 budget");
    }

    @Test
    void theTerminalTableShowsTheReceiptBesideTheCommitment() {
        CliRun r = CliRun.of("budget", NAIROBI, "--period", "Y1");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Funding, Year 1: warning: partly funded (91.95 % committed)\n");
        assertThat(r.out()).containsPattern("\ncommitments +4,000,000.00\n")
                .containsPattern("\ncommitted +4,000,000.00\n")
                .containsPattern("\ncoverage \\(committed / budget\\) +91.95 %\n")
                .containsPattern("\nreceived \\(against commitments, not added\\) +2,000,000.00\n")
                .containsPattern("\nHope for Children Fund +0.00 +4,000,000.00 +2,000,000.00 +0.00\n");
        assertThat(r.err()).contains("data/funding.csv: warning: Year 1 is partly funded");
    }

    @Test
    void csvAndJsonCarryTheSameFunding() throws IOException {
        String csv = CliRun.of("budget", NAIROBI, "--period", "Y1", "--format", "csv").out();
        assertThat(csv).contains("\nfunding,,committed,committed,").containsPattern(
                "\nfunding,,committed,committed,[,]*,4000000.00\n").containsPattern(
                "\nfunding,,receipts,\"received \\(against commitments, not added\\)\",[,]*,2000000.00\n")
                .contains("\nfunding,,status,warning: partly funded (91.95 % committed),");

        JsonNode f = JSON.readTree(CliRun.of("budget", NAIROBI, "--period", "Y1", "--format", "json").out())
                .get("funding");
        assertThat(f.get("commitments").decimalValue()).isEqualByComparingTo("4000000");
        assertThat(f.get("receipts").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(f.get("committed").decimalValue()).isEqualByComparingTo("4000000");
        assertThat(f.get("status").asText()).isEqualTo("partly_funded");
        assertThat(f.get("warning").asBoolean()).isTrue();
        assertThat(f.at("/donors/0/donor").asText()).isEqualTo("Hope for Children Fund");
        assertThat(f.at("/donors/0/receipts").decimalValue()).isEqualByComparingTo("2000000");

        JsonNode reportJson = JSON.readTree(Files.readString(output("json")));
        assertThat(reportJson.at("/budget/funding/committed").decimalValue()).isEqualByComparingTo("4000000");
        assertThat(reportJson.at("/budget/funding/headline").asText()).isEqualTo(HEADLINE);
    }

    @Test
    void pdfAndHtmlShowTheWarningOutsideTheGreen() throws IOException {
        String pdf;
        try (PDDocument doc = Loader.loadPDF(output("pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("WARNING: " + HEADLINE, "Commitments 4,000,000.00",
                "Committed 4,000,000.00", "Received against the commitments (not added to them) 2,000,000.00",
                "Hope for Children Fund 4,000,000.00 2,000,000.00");

        String html = Files.readString(output("html"));
        assertThat(html).contains("class=\"funding-status funding-amber\"")
                .contains("class=\"budget-sentence funding-amber\"")
                .doesNotContain("class=\"funding-status funding-green\"");
    }

    @Test
    void theWorkbookFundingSheetAddsNothingTwice() throws IOException {
        try (InputStream in = Files.newInputStream(output("xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet funding = wb.getSheet("Funding");
            assertThat(amount(funding, "Commitments")).isEqualTo(4_000_000.0);
            assertThat(amount(funding, "Committed (commitments + received without a commitment)"))
                    .isEqualTo(4_000_000.0);
            assertThat(amount(funding, "Received (against the commitments, not added)")).isEqualTo(2_000_000.0);
            assertThat(amount(funding, "Coverage (committed ÷ budget)")).isEqualTo(4_000_000.0 / 4_350_000.0);
            assertThat(label(funding, "Status").getCell(3).getStringCellValue())
                    .isEqualTo("Warning: partly funded (91.95 % committed)");
            assertThat(label(wb.getSheet("Summary"), "Funding status", 0).getCell(1).getStringCellValue())
                    .isEqualTo("Warning: " + HEADLINE);
        }
    }

    private static double amount(Sheet sheet, String label) {
        return label(sheet, label).getCell(3).getNumericCellValue();
    }

    private static Row label(Sheet sheet, String label) {
        return label(sheet, label, 2);
    }

    private static Row label(Sheet sheet, String label, int column) {
        for (Row row : sheet) {
            var c = row.getCell(column);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row \"" + label + "\" on " + sheet.getSheetName());
    }
}

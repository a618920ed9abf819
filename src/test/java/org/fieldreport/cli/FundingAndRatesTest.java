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
 *
 * <p>Three expenses in USD, each rate stated another way, all converted by hand: PV-003 1,270.00 USD at 129.5 under
 * project.yaml's {@code quote: KES per USD} is 1,270 x 129.5 = 164,465.00 KES; PV-004 500.00 USD at 0.0077 with its
 * own quote "USD per KES" is 500 / 0.0077 = 64,935.0649... = 64,935.06 KES; PV-005 99.99 USD at the May rate of
 * rates.csv, whose header says "KES per USD", 130.25, is 13,023.6975 = 13,023.70 KES. With the 250,000 and 80,000 KES
 * booked in shillings: P1 314,935.06, P2 257,488.70, total 572,423.76.
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
    void usdExpensesAreConvertedInTheDirectionEachRateWasStated() throws IOException {
        JsonNode budget = JSON.readTree(CliRun.of("budget", NAIROBI, "--period", "Y1", "--as-of", "2020-01-15",
                "--format", "json", "--expenses").out());
        JsonNode lines = budget.at("/headings/0/lines");
        assertThat(lines.get(0).get("line_code").asText()).isEqualTo("P1");
        assertThat(lines.get(0).get("actual").decimalValue()).isEqualByComparingTo("314935.06");
        assertThat(lines.get(1).get("actual").decimalValue()).isEqualByComparingTo("257488.70");
        assertThat(budget.at("/total/actual").decimalValue()).isEqualByComparingTo("572423.76");

        JsonNode converted = budget.at("/expenses/converted");
        assertThat(converted.get(2).get("converted_amount").decimalValue()).isEqualByComparingTo("164465.00");
        assertThat(converted.get(2).get("reads").asText()).isEqualTo("1 USD = 129.50 KES");
        assertThat(converted.get(3).get("converted_amount").decimalValue()).isEqualByComparingTo("64935.06");
        assertThat(converted.get(3).get("quote").asText()).isEqualTo("USD per KES");
        assertThat(converted.get(3).get("reads").asText()).isEqualTo("1 KES = 0.0077 USD");
        assertThat(converted.get(4).get("converted_amount").decimalValue()).isEqualByComparingTo("13023.70");
        assertThat(converted.get(4).get("reads").asText()).isEqualTo("1 USD = 130.25 KES");
        assertThat(budget.at("/expenses/converted_at_a_rate").asInt()).isEqualTo(3);
        assertThat(budget.at("/expenses/converted_count").asInt()).isEqualTo(5);
    }

    @Test
    void everyOutputPrintsEachRateTheWayItWasRead() throws IOException {
        String text = CliRun.of("budget", NAIROBI, "--period", "Y1", "--as-of", "2020-01-15").out();
        assertThat(text).contains("3 of 5 expenses booked in another currency and converted to KES",
                "  1 USD = 130.25 KES: rates.csv, May 2019, Central Bank of Kenya (1 expense)\n",
                "  1 KES = 0.0077 USD: the rate on the expense row (1 expense)\n",
                "  1 USD = 129.50 KES: the rate on the expense row (1 expense)\n");
        String csv = CliRun.of("budget", NAIROBI, "--period", "Y1", "--as-of", "2020-01-15", "--format", "csv")
                .out();
        assertThat(csv).containsPattern("\nrate,USD,KES per USD,\"1 USD = 130.25 KES: rates.csv, May 2019, Central"
                + " Bank of Kenya \\(1 expense\\)\",[,]*,130.25\n");
        JsonNode rates = JSON.readTree(Files.readString(output("json"))).at("/budget/rates");
        assertThat(rates.findValuesAsText("quote")).containsExactly("KES per USD", "KES per USD", "USD per KES");

        String pdf;
        try (PDDocument doc = Loader.loadPDF(output("pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("Exchange rates", "1 USD = 129.50 KES: the rate on the expense row (1 expense)",
                "1 KES = 0.0077 USD: the rate on the expense row", "1 USD = 130.25 KES: rates.csv, May 2019");
        assertThat(Files.readString(output("html"))).contains("<li>1 USD = 129.50 KES: the rate on the expense row"
                + " (1 expense)</li>");
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

    @Test
    void theWorkbookConvertsEachExpenseInItsRatesDirection() throws IOException {
        try (InputStream in = Files.newInputStream(output("xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet expenses = wb.getSheet("Expenses");
            Row kesPerUsd = label(expenses, "PV-003", 9);
            assertThat(kesPerUsd.getCell(8).getCellFormula()).isEqualTo("ROUND(D6*F6,2)");
            assertThat(kesPerUsd.getCell(8).getNumericCellValue()).isEqualTo(164_465.00);
            assertThat(kesPerUsd.getCell(10).getStringCellValue()).isEqualTo("KES per USD");
            Row usdPerKes = label(expenses, "PV-004", 9);
            assertThat(usdPerKes.getCell(8).getCellFormula()).isEqualTo("ROUND(D7/F7,2)");
            assertThat(usdPerKes.getCell(8).getNumericCellValue()).isEqualTo(64_935.06);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(kesPerUsd.getCell(8)).getNumberValue()).isEqualTo(164_465.00);
            assertThat(evaluator.evaluate(usdPerKes.getCell(8)).getNumberValue()).isEqualTo(64_935.06);
        }
        Path finance = out.resolve("finance");
        CliRun.of("budget", NAIROBI, "--period", "Y1", "--as-of", "2020-01-15", "--format", "xlsx", "--out",
                finance.toString());
        try (InputStream in = Files.newInputStream(finance.resolve("KEN-NBO-01_Y1_budget.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(label(wb.getSheet("Rates"), "1 KES = 0.0077 USD", 5).getCell(1).getNumericCellValue())
                    .isEqualTo(0.0077);
            assertThat(label(wb.getSheet("Rates"), "1 USD = 130.25 KES", 5).getCell(3).getStringCellValue())
                    .isEqualTo("Central Bank of Kenya");
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

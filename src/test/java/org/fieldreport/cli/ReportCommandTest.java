package org.fieldreport.cli;

import static org.fieldreport.ProjectCopy.copy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fieldreport report} on the sample project, through the real command line: the PDF's text, the figures it
 * quotes against {@code indicators --format json}, byte-identical reruns, exit codes, atomic writes and batches.
 */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    static Path pdf;
    static CliRun first;

    @BeforeAll
    static void renderOnce() {
        first = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--out",
                shared.resolve("out").toString(), "--format", "pdf");
        pdf = shared.resolve("out/KHM-HPC-PSK-P01_Y1_donor.pdf");
    }

    private static String text(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSampleReportHoldsTheHeaderNarrativeAndFigures() throws IOException {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("KHM-HPC-PSK-P01_Y1_donor.pdf");
        String text = text(pdf);
        assertThat(text).contains("PROJECT REPORT", "KHM-HPC-PSK-P01", "Phnom Penh, Cambodia",
                "Reporting Period: December 2018 – November 2019", "Protecting Street Kids - Phnom Penh",
                "Budget: Year 1 $45,000 – fully funded");
        assertThat(text).contains("The project", "What happened this year", "A safe place for an eight-year-old girl");
        assertThat(text).contains("Page 1 of", "Results", "Budget and funding", "Figure 1.");

        CliRun indicators = CliRun.of("indicators", "sample-data", "--period", "Y1", "--format", "json",
                "--as-of", "2019-12-15");
        JsonNode root = JSON.readTree(indicators.out());
        for (String id : List.of("outreach_nights", "outreach_contacts", "kids_club_children", "arts_sessions")) {
            JsonNode value = find(root, id).get("value");
            String shown = String.format(java.util.Locale.ROOT, "%,d", value.asLong());
            assertThat(text).as(id).contains(shown);
        }
        // the narrative quotes the same figure as the table
        assertThat(text).contains("out on " + find(root, "outreach_nights").get("value").asText() + " nights");
        // the total spent and the flagged line come from the finance engine
        assertThat(text).contains("43,584.07", "needs donor approval");
    }

    @Test
    void donorOutputSuppressesSmallSensitiveCountsAndNamesNoChild() throws IOException {
        String text = text(pdf);
        // 6 disclosures and 7 referrals are below the sensitive threshold of 10
        assertThat(text).contains("Disclosures of abuse").contains("<10");
        assertThat(text).doesNotContainPattern("(RF|SMC)-\\d{4}");
    }

    @Test
    void twoRunsGiveTheSameBytesInEveryFormat(@TempDir Path temp) throws Exception {
        String[] args = {"report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--format",
            "pdf,html,xlsx,json", "--out", temp.toString()};
        List<String> names = List.of("KHM-HPC-PSK-P01_Y1_donor.pdf", "KHM-HPC-PSK-P01_Y1_donor.html",
                "KHM-HPC-PSK-P01_Y1_donor.xlsx", "KHM-HPC-PSK-P01_Y1_donor.json");
        assertThat(CliRun.of(args).exitCode()).isZero();
        List<String> before = new java.util.ArrayList<>();
        for (String name : names) {
            before.add(sha(temp.resolve(name)));
        }
        assertThat(CliRun.of(args).exitCode()).isZero();
        for (int i = 0; i < names.size(); i++) {
            assertThat(sha(temp.resolve(names.get(i)))).as(names.get(i)).isEqualTo(before.get(i));
        }
    }

    @Test
    void anUnwritableOutputFolderExitsFourAndLeavesNothingBehind(@TempDir Path temp) throws IOException {
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the output folder should be");
        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--out",
                blocked.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("cannot write").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.toList()).containsExactly(blocked);
        }
    }

    @Test
    void aFailureInAFormatLeavesTheEarlierOutputUntouched(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        assertThat(CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--out",
                out.toString(), "--format", "pdf,xlsx").exitCode()).isZero();
        Path report = out.resolve("KHM-HPC-PSK-P01_Y1_donor.pdf");
        Path workbook = out.resolve("KHM-HPC-PSK-P01_Y1_donor.xlsx");
        String before = sha(report);
        String workbookBefore = sha(workbook);
        Path template = temp.resolve("broken-template");
        Files.createDirectories(template);
        Files.writeString(template.resolve("report.ftlh"), "<html><body>${no.such.value}</body></html>");
        CliRun broken = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-16", "--out",
                out.toString(), "--template", template.toString(), "--format", "pdf,xlsx");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("report.ftlh");
        assertThat(sha(report)).isEqualTo(before);
        assertThat(sha(workbook)).isEqualTo(workbookBefore);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("KHM-HPC-PSK-P01_Y1_donor.pdf", "KHM-HPC-PSK-P01_Y1_donor.xlsx");
        }
    }

    @Test
    void aBatchRendersEveryProjectAndReportsTheBrokenOne(@TempDir Path temp) throws IOException {
        Path projects = temp.resolve("portfolio");
        copy(Path.of("sample-data"), projects.resolve("a-phnom-penh"));
        copy(Path.of("src/test/resources/projects/april"), projects.resolve("b-april"));
        copy(Path.of("sample-data"), projects.resolve("c-broken"));
        Files.writeString(projects.resolve("c-broken/project.yaml"), "code: BROKEN\nname: [unclosed\n");
        Path summary = temp.resolve("summary.json");
        CliRun run = CliRun.of("report", projects.toString(), "--period", "2020-06", "--as-of", "2020-07-15",
                "--format", "json", "--out", temp.resolve("out").toString(), "--summary", summary.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.exists(temp.resolve("out/KHM-HPC-PSK-P01_2020-06_donor.json"))).isTrue();
        assertThat(run.out()).contains("KHM-HPC-PSK-P01", "TEST-APRIL", "c-broken").doesNotContain("Exception");
        assertThat(run.err()).contains("c-broken/project.yaml:2:7: error: key \"name\" must be a text value");
        JsonNode root = JSON.readTree(Files.readString(summary));
        assertThat(root.get("schema").asText()).isEqualTo("fieldreport.run/1");
        assertThat(root.get("exit_code").asInt()).isEqualTo(2);
        assertThat(root.get("projects")).hasSize(3);
        assertThat(root.get("projects").get(0).get("exit_code").asInt()).isZero();
        JsonNode output = root.get("projects").get(0).get("outputs").get(0);
        assertThat(output.get("sha256").asText())
                .isEqualTo(sha(temp.resolve("out/KHM-HPC-PSK-P01_2020-06_donor.json")));
        assertThat(root.get("projects").get(2).get("exit_code").asInt()).isEqualTo(2);
    }

    @Test
    void lastMonthFollowsTheAsOfDate(@TempDir Path temp) {
        CliRun run = CliRun.of("report", "sample-data", "--period", "last-month", "--as-of", "2019-07-10",
                "--format", "json", "--out", temp.toString(), "--summary", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.exists(temp.resolve("KHM-HPC-PSK-P01_2019-06_donor.json"))).isTrue();
        assertThat(run.out()).contains("\"period\" : \"last-month\"");
    }

    @Test
    void budgetWritesTheFinanceWorkbookWithTheReportsFigures(@TempDir Path temp) throws IOException {
        CliRun budget = CliRun.of("budget", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "xlsx", "--out", temp.resolve("budget").toString());
        assertThat(budget.exitCode()).as(budget.err()).isZero();
        CliRun report = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "xlsx", "--audience", "internal", "--out", temp.resolve("report").toString());
        assertThat(report.exitCode()).isZero();
        assertThat(temp.resolve("budget/KHM-HPC-PSK-P01_Y1_internal.xlsx")).doesNotExist();
        for (Path workbook : List.of(temp.resolve("budget/KHM-HPC-PSK-P01_Y1_budget.xlsx"),
                temp.resolve("report/KHM-HPC-PSK-P01_Y1_internal.xlsx"))) {
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
                var sheet = wb.getSheet("Budget");
                boolean total = false;
                for (var row : sheet) {
                    boolean isTotal = false;
                    for (var cell : row) {
                        isTotal |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals("Total");
                    }
                    if (isTotal) {
                        assertThat(row.getCell(2).getNumericCellValue()).as(workbook.toString()).isEqualTo(45000.00);
                        assertThat(row.getCell(4).getNumericCellValue()).as(workbook.toString())
                                .isEqualTo(43584.07); // held at the cent
                        total = true;
                    }
                }
                assertThat(total).as(workbook.toString()).isTrue();
            }
        }
    }

    @Test
    void aFlaggedBudgetLineExitsThreeUnderFailOn(@TempDir Path temp) {
        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "json", "--out", temp.toString(), "--fail-on", "flagged", "--summary", "-");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out().replaceAll("\\s+", " ")).contains("\"budget_flags\" : [ \"P6\" ]");
    }

    @Test
    void dataErrorsStillRenderButExitOne(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("project");
        copy(Path.of("sample-data"), project);
        Files.writeString(project.resolve("data/funding.csv"),
                Files.readString(project.resolve("data/funding.csv")) + "2019-01-05,Extra donor,gift,10.00,USD,1,X-1\n");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "json", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("data/funding.csv:10:3: error: kind \"gift\" is not pledge, commitment or receipt");
        assertThat(Files.exists(temp.resolve("out/KHM-HPC-PSK-P01_Y1_donor.json"))).isTrue();
    }

    @Test
    void aNameFromTheDenyListInTheNarrativeStopsTheReport(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("project");
        copy(Path.of("sample-data"), project);
        Files.writeString(temp.resolve("names.txt"), "Sophea Chan\n");
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "\nprivacy:\n  deny_list: ../names.txt\n");
        Files.writeString(project.resolve("narrative/03-story.md"), "# A story\n\nThis is about\nSophea Chan, aged 8.\n");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--out",
                temp.resolve("out").toString(), "--allow-outside", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("narrative/03-story.md:4").doesNotContain("Sophea");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    void usageMistakesExitTwo() {
        assertThat(CliRun.of("report", "sample-data", "--period", "Y1", "--audience", "press").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("report", "sample-data", "--period", "Y1", "--format", "docx").err())
                .contains("unknown format docx");
        assertThat(CliRun.of("report", "sample-data", "--period", "Y9").exitCode()).isEqualTo(2);
    }

    private static JsonNode find(JsonNode root, String id) {
        for (JsonNode n : root.get("indicators")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    static String sha(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

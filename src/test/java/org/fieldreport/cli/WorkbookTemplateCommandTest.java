package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbook_templates} in project.yaml: the sample project fills the shipped donor template beside its
 * workbook with no audit finding, its totals those of the workbook's Budget sheet; a template with a wrong total
 * is a warning naming its cell, and exits 3 under {@code --fail-on audit}.
 */
class WorkbookTemplateCommandTest {

    @TempDir
    Path temp;

    private Path project(String template) throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("project"));
        Files.createDirectories(project.resolve("templates"));
        Files.copy(Path.of("templates/donor-financial-report/donor-financial-report.xlsx"),
                project.resolve("templates/donor-financial-report.xlsx"));
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "workbook_templates:\n  - " + template + "\n");
        return project;
    }

    @Test
    void theSampleFillsTheDonorTemplateWithNoFinding() throws IOException {
        Path project = project("templates/donor-financial-report.xlsx");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--format", "xlsx", "--audience", "donor", "--out", out.toString(), "--fail-on", "audit");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("workbook-template").doesNotContain("donor-financial-report.xlsx:");
        Path filled = out.resolve("KHM-HPC-PSK-P01_Y1_donor_donor-financial-report.xlsx");
        assertThat(run.out()).contains(filled.getFileName().toString());
        double budget;
        double actual;
        try (InputStream in = Files.newInputStream(out.resolve("KHM-HPC-PSK-P01_Y1_donor.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var total = row(wb.getSheet("Budget"), "Total");
            budget = total.getCell(2).getNumericCellValue();
            actual = total.getCell(4).getNumericCellValue();
        }
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var total = row(wb.getSheet("Financial report"), "Total");
            assertThat(total.getCell(3).getCellFormula()).startsWith("SUM(D7:D");
            assertThat(total.getCell(3).getNumericCellValue()).isCloseTo(budget, within(0.001));
            assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(actual, within(0.001));
            assertThat(wb.getSheet("Financial report").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Protecting Street Kids - Phnom Penh (KHM-HPC-PSK-P01)");
        }
    }

    @Test
    void aWrongTotalIsAFindingAndExitsThreeUnderFailOnAudit() throws IOException {
        Path project = project("templates/wrong-total.xlsx");
        try (InputStream in = Files.newInputStream(project.resolve("templates/donor-financial-report.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(project.resolve("templates/wrong-total.xlsx"))) {
            wb.getSheetAt(0).getRow(7).getCell(4).setCellFormula("SUM(E7)-1"); // a total that is one off
            wb.write(out);
        }
        CliRun plain = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--format", "xlsx", "--out", temp.resolve("plain").toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        // the sample's 14 lines fill rows 7 to 20, so the total is on row 21
        assertThat(plain.err()).contains("templates/wrong-total.xlsx: warning: 'Financial report'!E21: the"
                + " template's total 43,583.07 is not the engine's budget.total.actual 43,584.07 (=SUM(E7:E20)-1)");
        CliRun strict = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--format", "xlsx", "--out", temp.resolve("audit").toString(), "--fail-on", "audit");
        assertThat(strict.exitCode()).isEqualTo(3);
    }

    @Test
    void aTemplateThatIsNotAWorkbookIsAProjectFileError() throws IOException {
        Path project = project("templates/broken.xlsx");
        Files.writeString(project.resolve("templates/broken.xlsx"), "not a workbook");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--format", "xlsx", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("templates/broken.xlsx: not an .xlsx workbook").doesNotContain("Exception");
    }

    @Test
    void aTemplateOutsideTheProjectIsNotRead() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("elsewhere")).resolve("donor.xlsx");
        Files.copy(Path.of("templates/donor-financial-report/donor-financial-report.xlsx"), outside);
        Path project = project("../elsewhere/donor.xlsx");
        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--format", "xlsx", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: workbook_templates \"../elsewhere/donor.xlsx\" cannot be read");
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, String label) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(label)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }
}

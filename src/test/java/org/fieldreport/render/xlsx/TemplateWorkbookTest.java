package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook templates filled from the sample's view: the shipped donor template with no finding and its own
 * formulas recalculated to the engine's figures; a faulty template with one finding per fault, naming its cell;
 * placeholders that cannot reach any Java object; withheld figures and formula-like text kept as text.
 */
class TemplateWorkbookTest {

    static final Path EXAMPLE = Path.of("templates/donor-financial-report/donor-financial-report.xlsx");
    private static final Instant AS_OF = Instant.parse("2019-12-15T00:00:00Z");

    @TempDir
    Path temp;

    @Test
    void theExampleDonorTemplateFillsWithNoFindingAndItsTotalsAreTheEngines() throws IOException {
        WorkbookView view = SampleView.view();
        TemplateWorkbook filled = TemplateWorkbook.fill(EXAMPLE, "templates/donor-financial-report.xlsx", view,
                AS_OF);
        assertThat(filled.findings()).isEmpty();
        try (XSSFWorkbook wb = written(filled)) {
            Sheet s = wb.getSheet("Financial report");
            List<String> codes = new ArrayList<>();
            for (int r = 6; r < 13; r++) {
                codes.add(cell(s, "A" + (r + 1)).getStringCellValue());
            }
            assertThat(codes).containsExactly("P1", "P2", "P3", "P4", "S1", "S2", "X9");
            assertThat(cell(s, "C8").getStringCellValue()).isEqualTo("Kids clubs");
            assertThat(cell(s, "H8").getStringCellValue()).isEqualTo("More children joined after the rainy season");
            assertThat(cell(s, "A14").getStringCellValue()).isEqualTo("Total");
            assertThat(cell(s, "D14").getCellFormula()).isEqualTo("SUM(D7:D13)");
            assertThat(cell(s, "D14").getNumericCellValue()).isCloseTo(view.budget().total().budget().doubleValue(),
                    within(0.001));
            assertThat(cell(s, "E14").getNumericCellValue()).isCloseTo(view.budget().total().actual().doubleValue(),
                    within(0.001));
            assertThat(cell(s, "F14").getNumericCellValue())
                    .isCloseTo(view.budget().total().remaining().doubleValue(), within(0.001));
            assertThat(cell(s, "F8").getCellFormula()).isEqualTo("D8-E8");
            assertThat(cell(s, "D17").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(s, "D19").getCellFormula()).isEqualTo("D17+D18");
            assertThat(cell(s, "D19").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(s, "D22").getStringCellValue()).isEqualTo("fully funded");
            // the signature block follows the repeated rows, its merged lines kept
            assertThat(cell(s, "A25").getStringCellValue()).isEqualTo("Prepared by (finance officer)");
            assertThat(cell(s, "A27").getStringCellValue()).isEqualTo("Signature");
            assertThat(s.getMergedRegions()).extracting(Object::toString).contains(
                    "org.apache.poi.ss.util.CellRangeAddress [B27:C27]");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("6:6");
            assertThat(s.getFooter().getLeft()).contains("KHM-HPC-PSK-P01 – December 2018 – November 2019");
            assertThat(s.getCellComments()).isEmpty();
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("fieldreport");
        }
    }

    @Test
    void aWrongRangeSumADanglingReferenceAndAnUnknownPlaceholderGetOneFindingEach() throws IOException {
        Path template = template(s -> {
            List<String> codes = List.of("P1", "P2", "P3", "P4", "S1", "S2", "X9");
            for (int i = 0; i < codes.size(); i++) {
                text(s, i, 0, codes.get(i));
                text(s, i, 1, "${budget.line['" + codes.get(i) + "'].actual}");
            }
            formula(s, 7, 1, "SUM(B1:B6)"); // leaves out X9
            comment(s, 7, 1, "jx:check(expect=\"budget.total.actual\" lastCell=\"B8\")");
            formula(s, 8, 1, "#REF!*2");
            text(s, 9, 1, "${budget.totl.actual}");
            formula(s, 10, 1, "ROUND(2.5,0)+LEN(\"ab\")*0");
        });
        TemplateWorkbook filled = TemplateWorkbook.fill(template, "templates/faulty.xlsx", SampleView.view(), AS_OF);
        assertThat(filled.findings()).extracting(Problem::format).containsExactlyInAnyOrder(
                "templates/faulty.xlsx: warning: Report!B10: the placeholder ${budget.totl.actual} names nothing;"
                        + " see the placeholder names in templates/donor-financial-report/README.md",
                "templates/faulty.xlsx: warning: template cell Report!B9: =#REF!*2 refers to a deleted cell (#REF!);"
                        + " correct the formula in the template",
                "templates/faulty.xlsx: warning: Report!B8: the template's total 78.95 is not the engine's"
                        + " budget.total.actual 163.95 (=SUM(B1:B6)); check the rows the template's formula adds");
        try (XSSFWorkbook wb = written(filled)) {
            assertThat(cell(wb.getSheet("Report"), "B10").getStringCellValue()).isEqualTo("${budget.totl.actual}");
            // a formula of no cell is kept as the template has it (JXLS alone would make it 0)
            assertThat(cell(wb.getSheet("Report"), "B11").getCellFormula()).isEqualTo("ROUND(2.5,0)+LEN(\"ab\")*0");
            assertThat(cell(wb.getSheet("Report"), "B11").getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void placeholdersReachNoJavaObject() throws IOException {
        List<String> attempts = List.of("${project.getClass()}", "${project.class}", "${project.name.length()}",
                "${project.name.bytes}", "${''.getClass().forName('java.lang.Runtime')}", "${#checks}",
                "${project['class']}", "${budget.lines}", "${java.lang.System.exit(1)}");
        Path template = template(s -> {
            for (int i = 0; i < attempts.size(); i++) {
                text(s, i, 0, attempts.get(i));
            }
            text(s, 10, 0, "${budget.line['P1'].actual}");
            text(s, 11, 0, "hidden");
            comment(s, 11, 0, "jx:if(condition=\"project.getClass().getName() == 'x'\" lastCell=\"A12\")");
        });
        TemplateWorkbook filled = TemplateWorkbook.fill(template, "templates/t.xlsx", SampleView.view(), AS_OF);
        assertThat(filled.findings()).extracting(Problem::message).contains(
                "Report!A1: the placeholder ${project.getClass()} names nothing",
                "Report!A6: the placeholder ${#checks} names nothing",
                "template cell Report!A12: the command expression \"project.getClass().getName() == 'x'\" names"
                        + " nothing");
        try (XSSFWorkbook wb = written(filled)) {
            Sheet s = wb.getSheet("Report");
            for (int i = 0; i < attempts.size(); i++) {
                assertThat(cell(s, "A" + (i + 1)).getStringCellValue()).isEqualTo(attempts.get(i));
            }
            assertThat(cell(s, "A11").getNumericCellValue()).isEqualTo(35.0);
            assertThat(s.getRow(11) == null || s.getRow(11).getCell(0) == null
                    || s.getRow(11).getCell(0).getCellType() == CellType.BLANK).isTrue();
        }
    }

    @Test
    void withheldFiguresStayWithheldAndFormulaLikeTextStaysText() throws IOException {
        WorkbookView sample = SampleView.view();
        WorkbookView.Summary s0 = sample.summary();
        WorkbookView view = new WorkbookView(sample.contents(), sample.reportingCurrency(), sample.audience(),
                new WorkbookView.Summary(s0.projectCode(), "=HYPERLINK(\"http://example.org\",\"x\")", s0.location(),
                        s0.partner(), s0.funder(), s0.periodLabel(), s0.fundingStatus(), s0.keyFigures(),
                        s0.notes()),
                sample.results(), sample.outreach(), sample.attendance(), sample.budget(), sample.expenses(),
                sample.expensesTotal(), sample.funding(), sample.problems(), sample.rates(), sample.reconciliation(),
                sample.about());
        Path template = template(s -> {
            text(s, 0, 0, "${project.name}");
            text(s, 1, 0, "${indicator.disclosures.actual}");
            text(s, 2, 0, "${indicator.outreach_contacts.actual}");
            text(s, 3, 0, "${line.code}");
            comment(s, 3, 0, "jx:each(items=\"budget.lines\" var=\"line\" lastCell=\"A4\")");
        });
        TemplateWorkbook filled = TemplateWorkbook.fill(template, "templates/t.xlsx", view, AS_OF);
        assertThat(filled.findings()).isEmpty();
        try (XSSFWorkbook wb = written(filled)) {
            Sheet s = wb.getSheet("Report");
            Cell name = cell(s, "A1");
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.org\",\"x\")");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(s, "A2").getStringCellValue()).isEqualTo("<10");
            assertThat(cell(s, "A3").getNumericCellValue()).isEqualTo(162.0);
        }
    }

    @Test
    void aBudgetLineNoRowShowsIsAFinding() throws IOException {
        Path template = template(s -> text(s, 0, 0, "${budget.line['P1'].actual} ${budget.total.actual}"));
        TemplateWorkbook filled = TemplateWorkbook.fill(template, "templates/t.xlsx", SampleView.view(), AS_OF);
        assertThat(filled.findings()).extracting(Problem::message).containsExactly(
                "budget line P2 is on no row of the template", "budget line P3 is on no row of the template",
                "budget line P4 is on no row of the template", "budget line S1 is on no row of the template",
                "budget line S2 is on no row of the template", "budget line X9 is on no row of the template");
    }

    @Test
    void theTemplatesPicturesAreKept() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        Path template = template(s -> {
            text(s, 0, 0, "${project.code}");
            int picture = s.getWorkbook().addPicture(png.toByteArray(),
                    org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = s.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(3);
            anchor.setRow1(0);
            anchor.setCol2(5);
            anchor.setRow2(3);
            s.createDrawingPatriarch().createPicture(anchor, picture);
            text(s, 1, 0, "${budget.lines}");
        });
        TemplateWorkbook filled = TemplateWorkbook.fill(template, "templates/t.xlsx", SampleView.view(), AS_OF);
        try (XSSFWorkbook wb = written(filled)) {
            assertThat(cell(wb.getSheet("Report"), "A1").getStringCellValue()).isEqualTo("KHM-HPC-PSK-P01");
            assertThat(wb.getAllPictures()).hasSize(1);
            assertThat(wb.getSheet("Report").getDrawingPatriarch().getShapes()).hasSize(1);
        }
    }

    @Test
    void aCommandThatMisusesAValueOrRepeatsWithoutBoundIsAProjectFileError() throws IOException {
        Path updater = template(s -> {
            text(s, 0, 0, "x");
            comment(s, 0, 0, "jx:updateCell(updater=\"project\" lastCell=\"A1\")");
        });
        assertThatThrownBy(() -> TemplateWorkbook.fill(updater, "templates/t.xlsx", SampleView.view(), AS_OF))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("templates/t.xlsx: the template cannot be filled: ")
                .extracting(e -> ((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        Path nested = template(s -> {
            text(s, 0, 0, "${a.line} ${b.line} ${c.line} ${d.line} ${e.line}");
            comment(s, 0, 0, "jx:each(items=\"expenses\" var=\"a\" lastCell=\"A1\")\n"
                    + "jx:each(items=\"expenses\" var=\"b\" lastCell=\"A1\")");
        });
        assertThatThrownBy(() -> TemplateWorkbook.fill(nested, "templates/t.xlsx", manyExpenses(), AS_OF, 10_000))
                .isInstanceOf(FieldReportException.class).hasMessageContaining("fills more than 10,000 placeholders");
    }

    /** The sample with 150 expenses: a template that repeats them inside themselves fills 22,500 rows. */
    private static WorkbookView manyExpenses() {
        List<WorkbookView.ExpenseRow> expenses = new ArrayList<>();
        WorkbookView.ExpenseRow first = SampleView.expenses().get(0);
        for (int i = 0; i < 150; i++) {
            expenses.add(first);
        }
        return SampleView.view(SampleView.donor(), expenses);
    }

    @Test
    void theSameTemplateAndValuesGiveTheSameBytes() throws IOException {
        Path a = temp.resolve("a.xlsx");
        Path b = temp.resolve("b.xlsx");
        TemplateWorkbook.fill(EXAMPLE, "t.xlsx", SampleView.view(), AS_OF).writeTo(a);
        TemplateWorkbook.fill(EXAMPLE, "t.xlsx", SampleView.view(), AS_OF).writeTo(b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    private XSSFWorkbook written(TemplateWorkbook filled) throws IOException {
        Path out = Files.createTempFile(temp, "filled-", ".xlsx");
        filled.writeTo(out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private interface SheetMaker {
        void make(Sheet sheet);
    }

    private Path template(SheetMaker maker) throws IOException {
        Path file = Files.createTempFile(temp, "template-", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            maker.make(wb.createSheet("Report"));
            wb.write(out);
        }
        return file;
    }

    private static Cell at(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void text(Sheet s, int r, int c, String text) {
        at(s, r, c).setCellValue(text);
    }

    private static void formula(Sheet s, int r, int c, String formula) {
        at(s, r, c).setCellFormula(formula);
    }

    private static void comment(Sheet s, int r, int c, String text) {
        ClientAnchor anchor = s.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setRow1(r);
        anchor.setCol1(c);
        anchor.setRow2(r + 2);
        anchor.setCol2(c + 2);
        Comment comment = s.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(s.getWorkbook().getCreationHelper().createRichTextString(text));
        at(s, r, c).setCellComment(comment);
    }

    static Cell cell(Sheet sheet, String ref) {
        CellReference c = new CellReference(ref);
        Row row = sheet.getRow(c.getRow());
        assertThat(row).as(ref).isNotNull();
        Cell cell = row.getCell(c.getCol());
        assertThat(cell).as(ref).isNotNull();
        return cell;
    }
}

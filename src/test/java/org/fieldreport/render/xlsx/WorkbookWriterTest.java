package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import static org.assertj.core.data.Offset.offset;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.render.xlsx.WorkbookView.BudgetFigures;
import org.fieldreport.render.xlsx.WorkbookView.BudgetHeading;
import org.fieldreport.render.xlsx.WorkbookView.BudgetLineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    static final Instant AS_OF = Instant.parse("2019-12-15T08:30:00Z");
    static final List<String> SHEETS = List.of("Summary", "Results", "Outreach", "Attendance", "Budget", "Expenses",
            "Funding", "Data quality", "About");

    @TempDir
    Path dir;

    XSSFWorkbook write(WorkbookView view) throws IOException {
        return write(new WorkbookWriter(), view, "report.xlsx");
    }

    XSSFWorkbook write(WorkbookWriter writer, WorkbookView view, String name) throws IOException {
        Path out = dir.resolve(name);
        writer.write(view, out, AS_OF);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    @Test
    void sheetsComeInTheIssuesOrder() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).isEqualTo(SHEETS);
        }
    }

    @Test
    void budgetFormulasAreLiveAndEqualTheViewsFiguresToTheCent() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet budget = wb.getSheet("Budget");
            // row 5 is P1 (row 4 holds the heading "Programme")
            assertThat(cell(budget, "A4").getStringCellValue()).isEqualTo("Programme");
            assertThat(cell(budget, "A5").getStringCellValue()).isEqualTo("P1");
            assertThat(cell(budget, "C5").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(budget, "D5").getCellType()).isEqualTo(CellType.NUMERIC);
            // the actuals are sums over the Expenses table by line code and the dates under the table
            assertThat(cell(budget, "E5").getCellFormula()).isEqualTo("SUMIFS(Expenses!$I$4:$I$12,"
                    + "Expenses!$B$4:$B$12,$A5,Expenses!$A$4:$A$12,\">=\"&$C$21,Expenses!$A$4:$A$12,\"<=\"&$C$22)");
            assertThat(cell(budget, "F5").getCellFormula()).isEqualTo("SUMIFS(Expenses!$I$4:$I$12,"
                    + "Expenses!$B$4:$B$12,$A5,Expenses!$A$4:$A$12,\">=\"&$C$20,Expenses!$A$4:$A$12,\"<=\"&$C$22)");
            assertThat(cell(budget, "K8").getCellFormula()).isEqualTo("SUMIFS(Expenses!$D$4:$D$12,"
                    + "Expenses!$B$4:$B$12,$A8,Expenses!$A$4:$A$12,\">=\"&$C$20,Expenses!$A$4:$A$12,\"<=\"&$C$22,"
                    + "Expenses!$E$4:$E$12,\"KHR\")");
            assertThat(cell(budget, "C20").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2018, 12, 1));
            assertThat(cell(budget, "C22").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2019, 11, 30));
            assertThat(cell(budget, "G5").getCellFormula()).isEqualTo("C5-F5");
            assertThat(cell(budget, "H5").getCellFormula()).isEqualTo("IF(C5=0,\"\",F5/C5)");
            assertThat(cell(budget, "I5").getCellFormula()).isEqualTo("F5-D5");
            assertThat(cell(budget, "J5").getCellFormula()).isEqualTo("IF(D5=0,\"\",I5/D5)");
            assertThat(cell(budget, "B9").getStringCellValue()).isEqualTo("Subtotal – Programme");
            assertThat(cell(budget, "C9").getCellFormula()).isEqualTo("SUM(C5:C8)");
            assertThat(cell(budget, "K9").getCellFormula()).isEqualTo("SUM(K5:K8)");
            assertThat(cell(budget, "B17").getStringCellValue()).isEqualTo("Total");
            assertThat(cell(budget, "D17").getCellFormula()).isEqualTo("SUM(D9,D13,D16)");
            assertThat(cell(budget, "F17").getCellFormula()).isEqualTo("SUM(F9,F13,F16)");

            // cached values, as a tool reading the file without Excel sees them; figures worked out by hand from
            // the sample's expenses: P1 35.00; P2 -12.50; P3 20 + 1 + 2 + 3; S2 82,000 KHR / 4,010 = 20.45; X9 85
            assertThat(cell(budget, "F5").getNumericCellValue()).isEqualTo(35.00);
            assertThat(cell(budget, "G5").getNumericCellValue()).isEqualTo(11965.00);
            assertThat(cell(budget, "G6").getNumericCellValue()).isEqualTo(8012.50);
            assertThat(cell(budget, "F7").getNumericCellValue()).isEqualTo(26.00);
            assertThat(cell(budget, "F12").getNumericCellValue()).isEqualTo(20.45);
            assertThat(cell(budget, "C9").getNumericCellValue()).isEqualTo(26500.00);
            assertThat(cell(budget, "F9").getNumericCellValue()).isEqualTo(58.50);
            assertThat(cell(budget, "C17").getNumericCellValue()).isEqualTo(45000.00);
            assertThat(cell(budget, "F17").getNumericCellValue()).isCloseTo(163.95, offset(1e-9));
            assertThat(cell(budget, "G17").getNumericCellValue()).isCloseTo(44836.05, offset(1e-9));
            assertThat(cell(budget, "K17").getNumericCellValue()).isEqualTo(123000.0);
            // unbudgeted: no share of a zero budget
            assertThat(cell(budget, "H15").getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(cell(budget, "H15").getStringCellValue()).isEmpty();

            // every figure of the view against the cached and the freshly evaluated values
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int r = SheetCells.FIRST_DATA_ROW;
            WorkbookView.Budget view = SampleView.budget();
            for (BudgetHeading heading : view.headings()) {
                r++;
                for (BudgetLineRow line : heading.lines()) {
                    assertFigures(budget, r++, line.figures(), evaluator);
                }
                assertFigures(budget, r++, heading.subtotal(), evaluator);
            }
            assertFigures(budget, r, view.total(), evaluator);
        }
    }

    @Test
    void expensesConvertEachAmountByAFormulaAndEndInATotalsRow() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet expenses = wb.getSheet("Expenses");
            // 41,000 KHR at 4,100 KHR per USD, rounded to the cent as the ledger converts it
            assertThat(cell(expenses, "I5").getCellFormula()).isEqualTo("ROUND(D5/F5,2)");
            assertThat(cell(expenses, "I5").getNumericCellValue()).isEqualTo(10.00);
            assertThat(cell(expenses, "I11").getCellFormula()).isEqualTo("ROUND(D11/F11,2)");
            assertThat(cell(expenses, "I11").getNumericCellValue()).isEqualTo(20.45);
            assertThat(cell(expenses, "I4").getCellFormula()).isEqualTo("ROUND(D4,2)");
            assertThat(cell(expenses, "H5").getStringCellValue()).isEqualTo("row");
            assertThat(cell(expenses, "A13").getStringCellValue()).isEqualTo("Total");
            assertThat(cell(expenses, "I13").getCellFormula()).isEqualTo("SUBTOTAL(109,I4:I12)");
            assertThat(cell(expenses, "I13").getNumericCellValue()).isCloseTo(163.95, offset(1e-9));
            XSSFTable table = wb.getSheet("Expenses").getTables().get(0);
            assertThat(table.getCTTable().getTotalsRowCount()).isEqualTo(1);
            assertThat(table.getCTTable().getTableColumns().getTableColumnArray(8).getTotalsRowFunction()
                    .toString()).isEqualTo("sum");
        }
    }

    private static void assertFigures(Sheet sheet, int r, BudgetFigures f, FormulaEvaluator evaluator) {
        Row row = sheet.getRow(r);
        assertMoney(row.getCell(2), f.budget(), evaluator);
        assertMoney(row.getCell(3), f.budgetToDate(), evaluator);
        assertMoney(row.getCell(4), f.periodActual(), evaluator);
        assertMoney(row.getCell(5), f.actual(), evaluator);
        assertMoney(row.getCell(6), f.remaining(), evaluator);
        assertShare(row.getCell(7), f.spent(), evaluator);
        assertMoney(row.getCell(8), f.variance(), evaluator);
        assertShare(row.getCell(9), f.varianceShare(), evaluator);
    }

    private static void assertMoney(Cell cell, BigDecimal expected, FormulaEvaluator evaluator) {
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).subtract(expected).abs())
                .as("cached %s", new CellReference(cell)).isLessThan(new BigDecimal("0.005"));
        assertThat(BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue()).subtract(expected).abs())
                .as("evaluated %s", new CellReference(cell)).isLessThan(new BigDecimal("0.005"));
    }

    private static void assertShare(Cell cell, BigDecimal expected, FormulaEvaluator evaluator) {
        if (expected == null) {
            assertThat(evaluator.evaluate(cell).getStringValue()).isEmpty();
            return;
        }
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).subtract(expected).abs())
                .as("cached %s", new CellReference(cell)).isLessThan(new BigDecimal("0.00005"));
        assertThat(BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue()).subtract(expected).abs())
                .as("evaluated %s", new CellReference(cell)).isLessThan(new BigDecimal("0.00005"));
    }

    @Test
    void everyFormulaCarriesTheValueItRecalculatesToEvenAtZeroBudgetsAndEmptyHeadings() throws IOException {
        WorkbookView sample = SampleView.view();
        // zero budgets ("" shares), a line spent exactly (a zero difference) and a heading without lines ("0"):
        // a tool that shows cached values shows what a recalculation would, bit for bit
        List<BudgetHeading> headings = new ArrayList<>(sample.budget().headings());
        List<WorkbookView.ExpenseRow> expenses = new ArrayList<>(sample.expenses());
        expenses.add(SampleView.expense(LocalDate.of(2019, 4, 1), "R1", "Reserve drawn", "0.10", "EXP-010"));
        headings.add(new BudgetHeading("Reserve", List.of(new BudgetLineRow("R1", "Reserve", SampleView.figures(
                "0.10", "0.10"), false, "", Map.of()), new BudgetLineRow("R2", "Contingency",
                SampleView.figures("0", "0"), false, "", Map.of())), SampleView.figures("0.10", "0.10"), false,
                Map.of()));
        headings.add(new BudgetHeading("Empty", List.of(), SampleView.figures("0", "0"), false, Map.of()));
        WorkbookView.Budget b = sample.budget();
        WorkbookView view = new WorkbookView(sample.contents(), sample.reportingCurrency(), sample.audience(),
                sample.summary(), sample.results(), sample.outreach(), sample.attendance(), new WorkbookView.Budget(
                        b.title(), b.rule(), headings, SampleView.figures("45000.10", "164.05"), false, b.counted(),
                        b.bookedCurrencies(), b.totalBooked()), expenses, SampleView.total(expenses),
                fundingOf(sample.funding(), new BigDecimal("45000.10")), sample.problems(), List.of(), List.of(),
                sample.about());
        int formulas = 0;
        try (XSSFWorkbook wb = write(view)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        var evaluated = evaluator.evaluate(cell);
                        String where = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString();
                        assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(evaluated.getCellType());
                        if (evaluated.getCellType() == CellType.NUMERIC) {
                            assertThat(Double.doubleToRawLongBits(cell.getNumericCellValue())).as(where)
                                    .isEqualTo(Double.doubleToRawLongBits(evaluated.getNumberValue()));
                        } else {
                            assertThat(cell.getStringCellValue()).as(where).isEqualTo(evaluated.getStringValue());
                        }
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(50);
    }

    /** {@code f} against another budget, its coverage committed ÷ budget as the engine gives it. */
    private static WorkbookView.Funding fundingOf(WorkbookView.Funding f, BigDecimal budget) {
        return new WorkbookView.Funding(f.rows(), f.pledged(), f.commitments(), f.receivedWithoutCommitment(),
                f.committed(), f.received(), budget, SampleView.share(f.committed(), budget), f.status(), f.warning(),
                f.donors());
    }

    @Test
    void formulasFollowAnEditedActual() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet budget = wb.getSheet("Budget");
            // a finance officer corrects an expense: the line, its remaining and the total follow
            cell(wb.getSheet("Expenses"), "D4").setCellValue(12000.00);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(cell(budget, "G5").getNumericCellValue()).isEqualTo(0.0);
            assertThat(cell(budget, "F17").getNumericCellValue()).isCloseTo(12128.95, offset(1e-9));
        }
    }

    @Test
    void flaggedLinesAreHighlightedByAConditionalFormatOnTheFlagColumn() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet budget = wb.getSheet("Budget");
            SheetConditionalFormatting formats = budget.getSheetConditionalFormatting();
            assertThat(formats.getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting format = formats.getConditionalFormattingAt(0);
            assertThat(format.getFormattingRanges()).containsExactly(CellRangeAddress.valueOf("A4:L17"));
            assertThat(format.getRule(0).getFormula1()).isEqualTo("$L4<>\"\"");
            assertThat(format.getRule(0).getPatternFormatting()).isNotNull();

            // the rule is true exactly on the rows the engine flagged: P2, X9 and the Unbudgeted subtotal
            List<String> flagged = new ArrayList<>();
            for (int r = 3; r <= 16; r++) {
                Cell flag = budget.getRow(r).getCell(11);
                if (flag != null && !flag.getStringCellValue().isEmpty()) {
                    flagged.add((r + 1) + ":" + flag.getStringCellValue());
                }
            }
            assertThat(flagged).containsExactly("6:needs donor approval", "15:needs donor approval",
                    "16:needs donor approval");
            assertThat(cell(budget, "M6").getStringCellValue())
                    .isEqualTo("More children joined after the rainy season");
            assertThat(cell(budget, "M3").getStringCellValue()).isEqualTo("Variance note");
            assertThat(cell(budget, "K3").getStringCellValue()).isEqualTo("KHR booked to date");
            assertThat(cell(budget, "L7")).isNull();
        }
    }

    @Test
    void resultsCarryPercentAchievedAsALiveFormulaAndKeepSuppressedCellsAsText() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet results = wb.getSheet("Results");
            assertThat(cell(results, "F4").getCellFormula()).isEqualTo("E4/D4");
            assertThat(cell(results, "F4").getNumericCellValue()).isEqualTo(1.08);
            assertThat(cell(results, "F5").getNumericCellValue()).isEqualTo(0.825);
            assertThat(cell(results, "F4").getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(cell(results, "E6").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(results, "E6").getStringCellValue()).isEqualTo("<10");
            assertThat(cell(results, "F6").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(results, "F6").getStringCellValue()).isEqualTo("<10");
            assertThat(cell(results, "C6")).isNull();
            assertThat(cell(results, "C7").getNumericCellValue()).isEqualTo(0.25);
            // with a baseline, % achieved counts the gain over it: (0.45 - 0.25) / (0.60 - 0.25)
            assertThat(cell(results, "F7").getCellFormula()).isEqualTo("(E7-C7)/(D7-C7)");
            assertThat(cell(results, "F7").getNumericCellValue()).isCloseTo(0.5714285714,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void cellsAreTypedWithDateMoneyAndPercentFormats() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet expenses = wb.getSheet("Expenses");
            Cell date = cell(expenses, "A4");
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 12, 3));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Cell usd = cell(expenses, "D4");
            assertThat(usd.getNumericCellValue()).isEqualTo(35.0);
            assertThat(usd.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell riel = cell(expenses, "D5");
            assertThat(riel.getNumericCellValue()).isEqualTo(41000.0);
            assertThat(riel.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(cell(expenses, "E5").getStringCellValue()).isEqualTo("KHR");
            assertThat(cell(expenses, "I3").getStringCellValue()).isEqualTo("Amount (USD)");
            assertThat(cell(expenses, "I3").getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(cell(expenses, "C3").getCellStyle().getAlignment()).isNotEqualTo(HorizontalAlignment.RIGHT);
            assertThat(cell(expenses, "F5").getNumericCellValue()).isEqualTo(4100.0);
            assertThat(cell(expenses, "I5").getNumericCellValue()).isEqualTo(10.0);
            assertThat(cell(expenses, "G5").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2018, 12, 14));

            Cell refund = cell(expenses, "D6");
            assertThat(refund.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(refund.getNumericCellValue()).isEqualTo(-12.50);

            Cell month = cell(wb.getSheet("Outreach"), "A4");
            assertThat(DateUtil.isCellDateFormatted(month)).isTrue();
            assertThat(month.getCellStyle().getDataFormatString()).isEqualTo("mmm yyyy");
            Cell share = cell(wb.getSheet("Budget"), "H5");
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell total = cell(wb.getSheet("Budget"), "F17");
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(wb.getSheet("Budget"), "K17").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(wb.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsQuotePrefixedAndNeverAFormula() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet expenses = wb.getSheet("Expenses");
            List<String> fixtures = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(1)", "-2+3");
            for (int i = 0; i < fixtures.size(); i++) {
                Cell description = cell(expenses, "C" + (7 + i));
                assertThat(description.getCellType()).isEqualTo(CellType.STRING);
                assertThat(description.getStringCellValue()).isEqualTo(fixtures.get(i));
                assertThat(description.getCellStyle().getQuotePrefixed()).as(fixtures.get(i)).isTrue();
            }
            Cell reference = cell(expenses, "J10");
            assertThat(reference.getStringCellValue()).isEqualTo("=1+1");
            assertThat(reference.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(expenses, "C4").getCellStyle().getQuotePrefixed()).isFalse();
            Cell message = cell(wb.getSheet("Data quality"), "F5");
            assertThat(message.getStringCellValue()).isEqualTo("-5,00 is not a number in the amount column");
            assertThat(message.getCellStyle().getQuotePrefixed()).isTrue();

            for (String name : List.of("Expenses", "Data quality")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(sheet.getHyperlinkList()).isEmpty();
                for (Row row : sheet) {
                    for (Cell c : row) {
                        // only the converted amounts and their total are formulas, made by the workbook
                        if (!(name.equals("Expenses") && c.getColumnIndex() == ExpensesSheet.CONVERTED)) {
                            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                        }
                    }
                }
            }
        }
    }

    @Test
    void controlCharactersAreReplacedAndTheCellStillQuotePrefixed() throws IOException {
        List<WorkbookView.ExpenseRow> rows = List.of(
                SampleView.expense(LocalDate.of(2019, 1, 1), "P1", "\0=1+1", "1.00", "\tR1"));
        try (XSSFWorkbook wb = write(SampleView.view(SampleView.donor(), rows))) {
            Sheet expenses = wb.getSheet("Expenses");
            assertThat(cell(expenses, "C4").getStringCellValue()).isEqualTo("\uFFFD=1+1");
            assertThat(cell(expenses, "C4").getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(expenses, "J4").getStringCellValue()).isEqualTo("\tR1");
            assertThat(cell(expenses, "J4").getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everySheetFreezesItsHeaderAndPrintsOnA4AtAReadableScale() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            for (Sheet sheet : wb) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
                assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
                int width = 0;
                for (int c = 0; c <= sheet.getRow(2).getLastCellNum(); c++) {
                    width += sheet.getColumnWidth(c) / 256;
                }
                // a table wider than a portrait page turns the page; the Budget sheet is one of those
                if (sheet.getSheetName().equals("Budget")) {
                    assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                }
                if (sheet.getSheetName().equals("Summary")) {
                    assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
                    assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) 100);
                }
                assertThat(width).isPositive();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isFalse();
                assertThat(sheet.getPrintSetup().getScale()).as(sheet.getSheetName())
                        .isBetween((short) SheetFrame.MIN_SCALE, (short) 100);
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
                assertThat(sheet.getFooter().getLeft()).isEqualTo("KHM-HPC-PSK-P01 – December 2018 – November 2019");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Audience: donor");
                assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            }
        }
    }

    @Test
    void columnsAreSizedToTheirContent() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet expenses = wb.getSheet("Expenses");
            // "Refund of overpaid hall rent" is the longest description: 28 characters plus 3
            assertThat(expenses.getColumnWidth(2)).isEqualTo(31 * 256);
            // dates: "2019-12-31" plus 3
            assertThat(expenses.getColumnWidth(0)).isEqualTo(13 * 256);
            // the long sentence under the budget spills over instead of widening column A ("Unbudgeted" plus 3)
            assertThat(wb.getSheet("Budget").getColumnWidth(0)).isEqualTo(13 * 256);
            // the line code column is never narrower than 8 characters
            assertThat(expenses.getColumnWidth(1)).isEqualTo(8 * 256);
        }
    }

    @Test
    void chartsDrawFromTheCellsBesideThem() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            List<XSSFChart> outreach = wb.getSheet("Outreach").getDrawingPatriarch().getCharts();
            assertThat(outreach).hasSize(1);
            List<XDDFChartData.Series> nights = outreach.get(0).getChartSeries().get(0).getSeries();
            assertThat(nights).hasSize(2);
            assertThat(nights.get(0).getCategoryData().getDataRangeReference()).isEqualTo("Outreach!$A$4:$A$6");
            assertThat(nights.get(0).getValuesData().getDataRangeReference()).isEqualTo("Outreach!$B$4:$B$6");
            assertThat(nights.get(1).getValuesData().getDataRangeReference()).isEqualTo("Outreach!$C$4:$C$6");
            assertThat(nights.get(1).getValuesData().getPointAt(2)).isEqualTo(9.0);
            // below the table (months in rows 4 to 6, total in 7), not beside it
            assertThat(wb.getSheet("Outreach").getDrawingPatriarch().getShapes().get(0).getAnchor())
                    .satisfies(a -> assertThat(((org.apache.poi.xssf.usermodel.XSSFClientAnchor) a).getRow1())
                            .isEqualTo(8));

            List<XSSFChart> budget = wb.getSheet("Budget").getDrawingPatriarch().getCharts();
            assertThat(budget).hasSize(1);
            List<XDDFChartData.Series> byHeading = budget.get(0).getChartSeries().get(0).getSeries();
            assertThat(byHeading).hasSize(2);
            // the heading table under the budget (rows 25 to 27) feeds the chart
            assertThat(byHeading.get(0).getCategoryData().getDataRangeReference()).isEqualTo("Budget!$B$25:$B$27");
            assertThat(byHeading.get(0).getValuesData().getDataRangeReference()).isEqualTo("Budget!$C$25:$C$27");
            assertThat(byHeading.get(1).getValuesData().getDataRangeReference()).isEqualTo("Budget!$D$25:$D$27");
            // the chart's cached values are the evaluated subtotals
            assertThat(byHeading.get(1).getValuesData().getPointAt(0)).isEqualTo(58.50);
            Sheet sheet = wb.getSheet("Budget");
            assertThat(cell(sheet, "C25").getCellFormula()).isEqualTo("C9");
            assertThat(cell(sheet, "D26").getCellFormula()).isEqualTo("F13");
            assertThat(cell(sheet, "B27").getStringCellValue()).isEqualTo("Unbudgeted");
        }
    }

    @Test
    void outreachTotalsNightsButNotChildren() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet outreach = wb.getSheet("Outreach");
            assertThat(cell(outreach, "D4").getCellFormula()).isEqualTo("SUM(B4:C4)");
            assertThat(cell(outreach, "D4").getNumericCellValue()).isEqualTo(28.0);
            assertThat(cell(outreach, "A7").getStringCellValue()).isEqualTo("Total");
            assertThat(cell(outreach, "B7").getCellFormula()).isEqualTo("SUM(B4:B6)");
            assertThat(cell(outreach, "D7").getNumericCellValue()).isEqualTo(85.0);
            assertThat(cell(outreach, "E7")).isNull();
            assertThat(cell(outreach, "F5").getStringCellValue()).isEqualTo("<5");
        }
    }

    @Test
    void expensesAreAnExcelTableWithAFilter() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            List<XSSFTable> tables = wb.getSheet("Expenses").getTables();
            assertThat(tables).hasSize(1);
            XSSFTable table = tables.get(0);
            assertThat(table.getName()).isEqualTo("Expenses");
            // header, nine expenses and the totals row; the filter leaves the totals row out
            assertThat(table.getArea().formatAsString()).isEqualTo("A3:K13");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A3:K12");
            assertThat(table.getColumns().get(8).getName()).isEqualTo("Amount (USD)");
        }
    }

    @Test
    void fundingIsATableWhoseTotalsAreFormulasOverIt() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet funding = wb.getSheet("Funding");
            XSSFTable table = wb.getSheet("Funding").getTables().get(0);
            assertThat(table.getName()).isEqualTo("Funding");
            assertThat(table.getArea().formatAsString()).isEqualTo("A3:F8");
            // four entries in rows 4 to 7, the totals row 8, a blank row, then pledged (10), commitments (11),
            // received without a commitment (12), committed (13), received (14), budget (15), coverage (16),
            // status (17); the donors' header in row 19
            assertThat(cell(funding, "D8").getCellFormula()).isEqualTo("SUBTOTAL(109,D4:D7)");
            assertThat(cell(funding, "C10").getStringCellValue()).isEqualTo("Pledged (not counted as committed)");
            assertThat(cell(funding, "D10").getCellFormula()).isEqualTo("SUMIFS($D$4:$D$7,$B$4:$B$7,\"pledge\")");
            assertThat(cell(funding, "D10").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "D11").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "D12").getNumericCellValue()).isEqualTo(0.0);
            assertThat(cell(funding, "C13").getStringCellValue())
                    .isEqualTo("Committed (commitments + received without a commitment)");
            assertThat(cell(funding, "D13").getCellFormula()).isEqualTo("D11+D12");
            assertThat(cell(funding, "D13").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "C14").getStringCellValue())
                    .isEqualTo("Received (against the commitments, not added)");
            assertThat(cell(funding, "D14").getCellFormula()).isEqualTo("SUMIFS($D$4:$D$7,$B$4:$B$7,\"receipt\")");
            assertThat(cell(funding, "D14").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "D15").getCellFormula()).isEqualTo("Budget!$C$17");
            assertThat(cell(funding, "D16").getCellFormula()).isEqualTo("D13/D15");
            assertThat(cell(funding, "D16").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(funding, "D17").getStringCellValue()).isEqualTo("fully funded");
            assertThat(cell(funding, "A19").getStringCellValue()).isEqualTo("Donor");
            assertThat(cell(funding, "A20").getStringCellValue()).isEqualTo("Hope for Children Fund");
            assertThat(cell(funding, "C20").getCellFormula())
                    .isEqualTo("SUMIFS($D$4:$D$7,$B$4:$B$7,\"commitment\",$C$4:$C$7,\"=Hope for Children Fund\")");
            assertThat(cell(funding, "C20").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "D20").getNumericCellValue()).isEqualTo(45000.0);
        }
    }

    @Test
    void aboutNamesSourcesAndHowToReproduce() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet about = wb.getSheet("About");
            assertThat(cell(about, "B5").getStringCellValue())
                    .isEqualTo("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
            assertThat(cell(about, "E5").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(about, "A7").getStringCellValue()).isEqualTo("As of");
            assertThat(cell(about, "B7").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2019, 12, 15, 8, 30));
            assertThat(cell(about, "B8").getStringCellValue()).startsWith("fieldreport report sample-data");
            assertThat(cell(about, "B10").getStringCellValue()).contains("<5");
        }
    }

    @Test
    void internalWorkbooksAreMarkedConfidentialOnEverySheet() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view(SampleView.internal(), SampleView.expenses()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            for (Sheet sheet : wb) {
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo("CONFIDENTIAL");
                assertThat(cell(sheet, "A2").getStringCellValue()).startsWith("CONFIDENTIAL");
            }
        }
        try (XSSFWorkbook wb = write(SampleView.view())) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getHeader().getCenter()).isEmpty();
                assertThat(cell(sheet, "A2").getStringCellValue()).startsWith("Audience: donor");
            }
        }
    }

    @Test
    void aPeriodWithNothingInItStillGivesAWorkbook() throws IOException {
        WorkbookView.BudgetFigures zero = SampleView.figures("0", "0");
        WorkbookView empty = new WorkbookView(WorkbookView.Contents.REPORT, "USD", SampleView.donor(),
                SampleView.summary(), List.of(),
                new WorkbookView.Outreach(List.of("Riverfront"), List.of(), List.of(0L), 0), List.of(),
                new WorkbookView.Budget("Budget", "rule", List.of(), zero, false, null, List.of(), Map.of()),
                List.of(), BigDecimal.ZERO,
                new WorkbookView.Funding(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, "Warning: not funded", true,
                        List.of()),
                List.of(), List.of(), List.of(), new WorkbookView.About(List.of(), "fieldreport report x", "0.1.0"));
        try (XSSFWorkbook wb = write(empty)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            assertThat(wb.getSheet("Expenses").getTables().get(0).getArea().formatAsString()).isEqualTo("A3:K5");
            assertThat(wb.getSheet("Outreach").getDrawingPatriarch()).isNull();
            assertThat(cell(wb.getSheet("Budget"), "C4").getCellFormula()).isEqualTo("0");
            assertThat(cell(wb.getSheet("Budget"), "H4").getStringCellValue()).isEmpty();
        }
    }

    @Test
    void metadataHoldsTheProjectTitleAndPeriodAndNoPerson() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("fieldreport");
            assertThat(core.getLastModifiedByUser()).isNullOrEmpty();
            assertThat(core.getTitle()).isEqualTo(
                    "Protecting Street Kids - Phnom Penh – project report – December 2018 – November 2019");
            assertThat(core.getCreated()).isEqualTo(Date.from(AS_OF));
            assertThat(core.getModified()).isEqualTo(Date.from(AS_OF));
        }
    }

    @Test
    void theSameViewAndAsOfGiveTheSameBytes() throws IOException, InterruptedException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        new WorkbookWriter().write(SampleView.view(), first, AS_OF);
        new WorkbookWriter().write(SampleView.view(), second, AS_OF);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2019, 12, 15, 8, 30));
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted();

        Path later = dir.resolve("later.xlsx");
        new WorkbookWriter().write(SampleView.view(), later, AS_OF.plusSeconds(86_400));
        assertThat(Files.readAllBytes(later)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theMachinesLanguageAndTimeZoneDoNotChangeTheBytes() throws IOException {
        Path here = dir.resolve("here.xlsx");
        Path there = dir.resolve("there.xlsx");
        new WorkbookWriter().write(SampleView.view(), here, AS_OF);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            new WorkbookWriter().write(SampleView.view(), there, AS_OF);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(here));
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path out = dir.resolve("report.xlsx");
        Files.writeString(out, "old");
        new WorkbookWriter().write(SampleView.view(), out, AS_OF);
        assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
        }
    }

    @Test
    void aFormulaThatDisagreesWithTheEngineStopsTheWriteAndKeepsTheOldFile() throws IOException {
        WorkbookView good = SampleView.view();
        WorkbookView.Budget b = good.budget();
        BudgetFigures t = b.total();
        BudgetFigures wrongTotal = new BudgetFigures(t.budget(), t.budgetToDate(), t.periodActual(), t.actual(),
                t.remaining().add(new BigDecimal("0.01")), t.spent(), t.variance(), t.varianceShare());
        WorkbookView bad = new WorkbookView(good.contents(), good.reportingCurrency(), good.audience(),
                good.summary(), good.results(), good.outreach(), good.attendance(),
                new WorkbookView.Budget(b.title(), b.rule(), b.headings(), wrongTotal, b.totalFlagged(), b.counted(),
                        b.bookedCurrencies(), b.totalBooked()),
                good.expenses(), good.expensesTotal(), good.funding(), good.problems(), good.rates(),
                good.reconciliation(), good.about());
        Path out = dir.resolve("report.xlsx");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> new WorkbookWriter().write(bad, out, AS_OF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Budget!G17 (C17-F17) gives 44836.05 but the report's figure is 44836.06");
        assertThat(Files.readString(out)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}

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
            assertThat(cell(budget, "F5").getCellFormula()).isEqualTo("C5-E5");
            assertThat(cell(budget, "G5").getCellFormula()).isEqualTo("IF(C5=0,\"\",E5/C5)");
            assertThat(cell(budget, "H5").getCellFormula()).isEqualTo("E5-D5");
            assertThat(cell(budget, "I5").getCellFormula()).isEqualTo("IF(D5=0,\"\",H5/D5)");
            assertThat(cell(budget, "B9").getStringCellValue()).isEqualTo("Subtotal – Programme");
            assertThat(cell(budget, "C9").getCellFormula()).isEqualTo("SUM(C5:C8)");
            assertThat(cell(budget, "B17").getStringCellValue()).isEqualTo("Total");
            assertThat(cell(budget, "D17").getCellFormula()).isEqualTo("SUM(D9,D13,D16)");
            assertThat(cell(budget, "E17").getCellFormula()).isEqualTo("SUM(E9,E13,E16)");

            // cached values, as a tool reading the file without Excel sees them; figures worked out by hand
            assertThat(cell(budget, "F5").getNumericCellValue()).isEqualTo(749.50);
            assertThat(cell(budget, "F6").getNumericCellValue()).isEqualTo(-900.00);
            assertThat(cell(budget, "I6").getNumericCellValue()).isEqualTo(0.1125);
            assertThat(cell(budget, "C9").getNumericCellValue()).isEqualTo(26500.00);
            assertThat(cell(budget, "E9").getNumericCellValue()).isEqualTo(26160.75);
            assertThat(cell(budget, "C17").getNumericCellValue()).isEqualTo(45000.00);
            assertThat(cell(budget, "E17").getNumericCellValue()).isEqualTo(43955.75);
            assertThat(cell(budget, "F17").getNumericCellValue()).isEqualTo(1044.25);
            assertThat(cell(budget, "H17").getNumericCellValue()).isEqualTo(-1044.25);
            // unbudgeted: no share of a zero budget
            assertThat(cell(budget, "G15").getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(cell(budget, "G15").getStringCellValue()).isEmpty();

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

    private static void assertFigures(Sheet sheet, int r, BudgetFigures f, FormulaEvaluator evaluator) {
        Row row = sheet.getRow(r);
        assertMoney(row.getCell(2), f.budget(), evaluator);
        assertMoney(row.getCell(3), f.budgetToDate(), evaluator);
        assertMoney(row.getCell(4), f.actual(), evaluator);
        assertMoney(row.getCell(5), f.remaining(), evaluator);
        assertShare(row.getCell(6), f.spent(), evaluator);
        assertMoney(row.getCell(7), f.variance(), evaluator);
        assertShare(row.getCell(8), f.varianceShare(), evaluator);
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
        headings.add(new BudgetHeading("Reserve", List.of(new BudgetLineRow("R1", "Reserve", SampleView.figures(
                "0.10", "0.10"), false, ""), new BudgetLineRow("R2", "Contingency", SampleView.figures("0", "0"),
                false, "")), SampleView.figures("0.10", "0.10"), false));
        headings.add(new BudgetHeading("Empty", List.of(), SampleView.figures("0", "0"), false));
        WorkbookView view = new WorkbookView(sample.reportingCurrency(), sample.audience(), sample.summary(),
                sample.results(), sample.outreach(), sample.attendance(), new WorkbookView.Budget(
                        sample.budget().title(), sample.budget().rule(), headings, SampleView.figures("45000.10",
                        "43955.85"), false), sample.expenses(), sample.funding(), sample.problems(), sample.about());
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

    @Test
    void formulasFollowAnEditedActual() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet budget = wb.getSheet("Budget");
            cell(budget, "E5").setCellValue(12000.00);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(cell(budget, "F5").getNumericCellValue()).isEqualTo(0.0);
            assertThat(cell(budget, "E17").getNumericCellValue()).isEqualTo(44705.25);
        }
    }

    @Test
    void flaggedLinesAreHighlightedByAConditionalFormatOnTheFlagColumn() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet budget = wb.getSheet("Budget");
            SheetConditionalFormatting formats = budget.getSheetConditionalFormatting();
            assertThat(formats.getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting format = formats.getConditionalFormattingAt(0);
            assertThat(format.getFormattingRanges()).containsExactly(CellRangeAddress.valueOf("A4:K17"));
            assertThat(format.getRule(0).getFormula1()).isEqualTo("$J4<>\"\"");
            assertThat(format.getRule(0).getPatternFormatting()).isNotNull();

            // the rule is true exactly on the rows the engine flagged: P2, X9 and the Unbudgeted subtotal
            List<String> flagged = new ArrayList<>();
            for (int r = 3; r <= 16; r++) {
                Cell flag = budget.getRow(r).getCell(BudgetSheet.FLAG_COLUMN);
                if (flag != null && !flag.getStringCellValue().isEmpty()) {
                    flagged.add((r + 1) + ":" + flag.getStringCellValue());
                }
            }
            assertThat(flagged).containsExactly("6:needs donor approval", "15:needs donor approval",
                    "16:needs donor approval");
            assertThat(cell(budget, "K6").getStringCellValue())
                    .isEqualTo("More children joined after the rainy season");
            assertThat(cell(budget, "K3").getStringCellValue()).isEqualTo("Variance note");
            // Arts is exactly 10 % under: not flagged by the engine, so not highlighted
            assertThat(cell(budget, "I7").getNumericCellValue()).isEqualTo(-0.1);
            assertThat(cell(budget, "J7")).isNull();
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
            assertThat(usd.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"USD\"");
            Cell riel = cell(expenses, "D5");
            assertThat(riel.getNumericCellValue()).isEqualTo(41000.0);
            assertThat(riel.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"KHR\"");
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
            Cell share = cell(wb.getSheet("Budget"), "G5");
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell total = cell(wb.getSheet("Budget"), "E17");
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"USD\"");
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
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
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
    void everySheetFreezesItsHeaderAndPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            for (Sheet sheet : wb) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
                assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
                assertThat(sheet.getFooter().getLeft()).isEqualTo("KHM-HPC-PSK-P01 – December 2018 – November 2019");
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

            List<XSSFChart> budget = wb.getSheet("Budget").getDrawingPatriarch().getCharts();
            assertThat(budget).hasSize(1);
            List<XDDFChartData.Series> byHeading = budget.get(0).getChartSeries().get(0).getSeries();
            assertThat(byHeading).hasSize(2);
            assertThat(byHeading.get(0).getCategoryData().getDataRangeReference()).isEqualTo("Budget!$M$4:$M$6");
            assertThat(byHeading.get(0).getValuesData().getDataRangeReference()).isEqualTo("Budget!$N$4:$N$6");
            assertThat(byHeading.get(1).getValuesData().getDataRangeReference()).isEqualTo("Budget!$O$4:$O$6");
            // the chart's cached values are the evaluated subtotals
            assertThat(byHeading.get(1).getValuesData().getPointAt(0)).isEqualTo(26160.75);
            Sheet sheet = wb.getSheet("Budget");
            assertThat(cell(sheet, "N4").getCellFormula()).isEqualTo("C9");
            assertThat(cell(sheet, "O5").getCellFormula()).isEqualTo("E13");
            assertThat(cell(sheet, "M6").getStringCellValue()).isEqualTo("Unbudgeted");
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
            assertThat(table.getArea().formatAsString()).isEqualTo("A3:J11");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A3:J11");
            assertThat(table.getColumns().get(8).getName()).isEqualTo("Amount (USD)");
        }
    }

    @Test
    void fundingCoverageIsALiveFormula() throws IOException {
        try (XSSFWorkbook wb = write(SampleView.view())) {
            Sheet funding = wb.getSheet("Funding");
            // four rows from row 4, a blank row, then pledged (9), commitments (10), received without a commitment
            // (11), committed (12), received (13), budget (14), coverage (15), status (16); donors from row 18
            assertThat(cell(funding, "C12").getStringCellValue())
                    .isEqualTo("Committed (commitments + received without a commitment)");
            assertThat(cell(funding, "D12").getCellFormula()).isEqualTo("D10+D11");
            assertThat(cell(funding, "D12").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "C13").getStringCellValue())
                    .isEqualTo("Received (against the commitments, not added)");
            assertThat(cell(funding, "D15").getCellFormula()).isEqualTo("D12/D14");
            assertThat(cell(funding, "D15").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(funding, "D16").getStringCellValue()).isEqualTo("fully funded");
            assertThat(cell(funding, "A18").getStringCellValue()).isEqualTo("Donor");
            assertThat(cell(funding, "A19").getStringCellValue()).isEqualTo("Hope for Children Fund");
            assertThat(cell(funding, "C19").getNumericCellValue()).isEqualTo(45000.0);
            assertThat(cell(funding, "D19").getNumericCellValue()).isEqualTo(45000.0);
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
        WorkbookView empty = new WorkbookView("USD", SampleView.donor(), SampleView.summary(), List.of(),
                new WorkbookView.Outreach(List.of("Riverfront"), List.of(), List.of(0L), 0), List.of(),
                new WorkbookView.Budget("Budget", "rule", List.of(), zero, false), List.of(),
                new WorkbookView.Funding(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, "Warning: not funded", true,
                        List.of()),
                List.of(), new WorkbookView.About(List.of(), "fieldreport report x", "0.1.0"));
        try (XSSFWorkbook wb = write(empty)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            assertThat(wb.getSheet("Expenses").getTables().get(0).getArea().formatAsString()).isEqualTo("A3:J4");
            assertThat(wb.getSheet("Outreach").getDrawingPatriarch()).isNull();
            assertThat(cell(wb.getSheet("Budget"), "C4").getCellFormula()).isEqualTo("0");
            assertThat(cell(wb.getSheet("Budget"), "G4").getStringCellValue()).isEmpty();
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
        BudgetFigures wrongTotal = new BudgetFigures(t.budget(), t.budgetToDate(), t.actual(),
                t.remaining().add(new BigDecimal("0.01")), t.spent(), t.variance(), t.varianceShare());
        WorkbookView bad = new WorkbookView(good.reportingCurrency(), good.audience(), good.summary(), good.results(),
                good.outreach(), good.attendance(),
                new WorkbookView.Budget(b.title(), b.rule(), b.headings(), wrongTotal, b.totalFlagged()),
                good.expenses(), good.funding(), good.problems(), good.about());
        Path out = dir.resolve("report.xlsx");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> new WorkbookWriter().write(bad, out, AS_OF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Budget!F17 (C17-E17) gives 1044.25 but the report's figure is 1044.26");
        assertThat(Files.readString(out)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}

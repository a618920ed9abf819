package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.ChildCodeScan;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.render.ReportContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's workbook, from the hand-counted fixture project (src/test/resources/projects/report) through the real
 * engines, suppression and writer, reopened with POI.
 */
class WorkbookAssemblyTest {

    @TempDir
    Path dir;

    static PublishedReport content(Audience audience) {
        return ReportContents.of(ReportContents.FIXTURE, "Y1", audience);
    }

    XSSFWorkbook write(PublishedReport content) throws IOException {
        Path out = dir.resolve(content.scope().audience().key() + ".xlsx");
        new WorkbookWriter().write(WorkbookAssembly.from(content), out,
                content.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The first row whose cell in column {@code column} reads {@code text}, below the header row. */
    static Row row(Sheet sheet, int column, String text) {
        for (int r = SheetCells.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row reads \"" + text + "\" in column " + column + " of " + sheet.getSheetName());
    }

    static Row attendance(Sheet sheet, String site, String activity) {
        for (int r = SheetCells.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && row.getCell(1).getStringCellValue().equals(site)
                    && row.getCell(2).getStringCellValue().equals(activity)) {
                return row;
            }
        }
        throw new AssertionError("no attendance row for " + site + " " + activity);
    }

    static void assertMark(Cell cell, String mark) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(mark);
    }

    @Test
    void donorWorkbookShowsTheThreeArtsChildrenAsLessThanFiveInResultsAndAttendance() throws IOException {
        try (XSSFWorkbook wb = write(content(Audience.DONOR))) {
            Row arts = row(wb.getSheet("Results"), 0, "Children attending arts (distinct)");
            assertMark(arts.getCell(4), "<5");
            assertMark(arts.getCell(5), "<5");
            assertThat(arts.getCell(3).getNumericCellValue()).isEqualTo(10.0);

            Row all = row(wb.getSheet("Results"), 0, "Children attending activities (distinct)");
            assertThat(all.getCell(4).getNumericCellValue()).isEqualTo(9.0);
            assertThat(all.getCell(5).getCellFormula()).isEqualTo("E" + (all.getRowNum() + 1) + "/D"
                    + (all.getRowNum() + 1));
            assertThat(all.getCell(5).getNumericCellValue()).isEqualTo(0.45);

            Row artsSession = attendance(wb.getSheet("Attendance"), "Stung Mean Chey", "arts");
            assertThat(artsSession.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            // participants per month, site and activity are withheld outside internal output; sessions never are
            assertMark(artsSession.getCell(4), "[c]");
            Row club = attendance(wb.getSheet("Attendance"), "Riverfront", "kids_club");
            assertThat(club.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertMark(club.getCell(4), "[c]");
        }
    }

    @Test
    void internalWorkbookShowsEveryCountAndIsMarkedConfidential() throws IOException {
        try (XSSFWorkbook wb = write(content(Audience.INTERNAL))) {
            Row arts = row(wb.getSheet("Results"), 0, "Children attending arts (distinct)");
            assertThat(arts.getCell(4).getNumericCellValue()).isEqualTo(3.0);
            assertThat(arts.getCell(5).getNumericCellValue()).isEqualTo(0.3);
            assertThat(attendance(wb.getSheet("Attendance"), "Stung Mean Chey", "arts").getCell(4)
                    .getNumericCellValue()).isEqualTo(3.0);
            Sheet outreach = wb.getSheet("Outreach");
            Row january = outreach.getRow(SheetCells.FIRST_DATA_ROW);
            assertThat(january.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(wb.getProperties().getCoreProperties().getKeywords()).isEqualTo("CONFIDENTIAL");
            assertThat(row(wb.getSheet("About"), 0, "Suppression").getCell(1).getStringCellValue())
                    .isEqualTo("internal (CONFIDENTIAL): nothing suppressed");
        }
    }

    @Test
    void theThreeChildrenContactedAtStungMeanCheyInJanuaryAreHiddenWithTheCellThatWouldGiveThemAway()
            throws IOException {
        try (XSSFWorkbook wb = write(content(Audience.DONOR))) {
            Sheet outreach = wb.getSheet("Outreach");
            // Month, nights Riverfront, nights Stung Mean Chey, nights all areas, children Riverfront, children SMC
            Row january = outreach.getRow(SheetCells.FIRST_DATA_ROW);
            assertMark(january.getCell(5), "<5");
            // January's 12 at Riverfront would give the 3 away from the month's 15 in the contacts breakdowns
            assertThat(january.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            Row february = outreach.getRow(SheetCells.FIRST_DATA_ROW + 1);
            assertThat(february.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(february.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void budgetCellsEqualTheBudgetReportToTheCentAndTheOverspentLineIsFlagged() throws IOException {
        PublishedReport content = content(Audience.DONOR);
        PublishedBudget report = content.budget().orElseThrow();
        try (XSSFWorkbook wb = write(content)) {
            Sheet budget = wb.getSheet("Budget");
            for (BudgetRow line : report.rows()) {
                Row row = row(budget, 0, line.lineCode());
                assertFigures(row, line.figures());
            }
            Row total = row(budget, 1, "Total");
            assertFigures(total, report.total());
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(3500.00);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(3500.00);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1243.00);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(2257.00);
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(-2257.00);
            int flag = headers(budget).indexOf("Flag");
            assertThat(row(budget, 0, "P2").getCell(flag).getStringCellValue())
                    .isEqualTo("needs donor approval");
            assertThat(row(budget, 0, "P1").getCell(flag)).isNull();
            assertThat(budget.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Budget against actual – Year 1 (USD)");
        }
    }

    /** Budget, budget to date, actual, remaining and variance to the cent, as the budget report holds them. */
    private static void assertFigures(Row row, BudgetFigures shown) {
        assertThat(cents(row.getCell(2))).isEqualTo(shown.budget());
        assertThat(cents(row.getCell(3))).isEqualTo(shown.budgetToDate());
        assertThat(cents(row.getCell(4))).isEqualTo(shown.periodActual());
        assertThat(cents(row.getCell(5))).isEqualTo(shown.actual());
        assertThat(cents(row.getCell(6))).isEqualTo(shown.remaining());
        assertThat(cents(row.getCell(8))).isEqualTo(shown.variance());
    }

    private static List<String> headers(Sheet sheet) {
        List<String> names = new java.util.ArrayList<>();
        for (Cell c : sheet.getRow(SheetCells.HEADER_ROW)) {
            names.add(c.getStringCellValue());
        }
        return names;
    }

    @Test
    void aQuarterComparesActualToDateWithTheBudgetToDateAsTheBudgetReportDoes() throws IOException {
        PublishedReport content = ReportContents.of(ReportContents.FIXTURE, "Y1-Q1", Audience.DONOR);
        PublishedBudget report = content.budget().orElseThrow();
        try (XSSFWorkbook wb = write(content)) {
            Sheet budget = wb.getSheet("Budget");
            assertThat(budget.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Budget against actual – Year 1 to 2019-03-31 (USD)");
            for (BudgetRow line : report.rows()) {
                assertFigures(row(budget, 0, line.lineCode()), line.figures());
            }
            Row total = row(budget, 1, "Total");
            assertFigures(total, report.total());
            // January to March is 90 of 365 days, each line at the cent: 1,000 -> 246.58, 500 -> 123.29,
            // 2,000 -> 493.15, so 863.02 expected (the cells hold these rounded values), 630.50 spent
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(863.02);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(630.50);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(630.50);
            assertThat(total.getCell(8).getNumericCellValue()).isCloseTo(630.50 - 863.02, within(1e-9));
            assertThat(total.getCell(9).getNumericCellValue()).isCloseTo((630.50 - 863.02) / 863.02, within(1e-9));
            // the quarter starts with the year, so the Expenses sheet holds exactly the spending the budget counts
            assertThat(expenseTotal(wb.getSheet("Expenses"))).isEqualTo(630.50);
        }
    }

    @Test
    void aLaterQuarterListsTheExpensesFromTheStartOfTheYearAndSumsThePeriodFromItsFirstDay() throws IOException {
        try (XSSFWorkbook wb = write(ReportContents.of(ReportContents.FIXTURE, "Y1-Q2", Audience.DONOR))) {
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(row(summary, 0, "Notes").getRowNum() + 1).getCell(0).getStringCellValue())
                    .isEqualTo("The Budget sheet counts spending from the start of Year 1 (2019-01-01) to"
                            + " 2019-06-30; the Expenses sheet lists every expense of those dates, and the Budget"
                            + " sheet's actual in the period sums those from 2019-04-01.");
            Row total = row(wb.getSheet("Budget"), 1, "Total");
            // 1,243.00 spent from January, of which 612.50 in April to June: the Expenses sheet lists all of it
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1243.0);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(612.50);
            assertThat(expenseTotal(wb.getSheet("Expenses"))).isEqualTo(1243.0);
        }
    }

    /** The sum of the Expenses sheet's amounts in the reporting currency (column I). */
    private static double expenseTotal(Sheet expenses) {
        double total = 0;
        for (int r = SheetCells.FIRST_DATA_ROW; r < expenses.getLastRowNum(); r++) { // the last is the total
            total += expenses.getRow(r).getCell(8).getNumericCellValue();
        }
        return total;
    }

    private static BigDecimal cents(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void theExpensesSheetListsEachRielExpenseWithItsRateRateDateAndSource() throws IOException {
        try (XSSFWorkbook wb = write(content(Audience.DONOR))) {
            Sheet expenses = wb.getSheet("Expenses");
            // Date, Line, Description, Amount, Currency, Rate, Rate date, Rate source, Amount (USD), Reference
            Row onRow = row(expenses, 2, "Team transport");
            assertThat(onRow.getCell(3).getNumericCellValue()).isEqualTo(41000.0);
            assertThat(onRow.getCell(4).getStringCellValue()).isEqualTo("KHR");
            assertThat(onRow.getCell(5).getNumericCellValue()).isEqualTo(4100.0);
            assertThat(onRow.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 1, 15));
            assertThat(onRow.getCell(7).getStringCellValue()).isEqualTo("fx_rate on the expense row");
            assertThat(onRow.getCell(8).getNumericCellValue()).isEqualTo(10.0);
            assertThat(onRow.getCell(9).getStringCellValue()).isEqualTo("PV-1");

            Row monthly = row(expenses, 2, "Team food");
            assertThat(monthly.getCell(5).getNumericCellValue()).isEqualTo(4000.0);
            assertThat(monthly.getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2019, 2, 1));
            assertThat(monthly.getCell(7).getStringCellValue()).isEqualTo("National Bank of Cambodia");
            assertThat(monthly.getCell(8).getNumericCellValue()).isEqualTo(20.5);

            Row dollars = row(expenses, 2, "Salary March");
            assertThat(dollars.getCell(5)).isNull();
            assertThat(dollars.getCell(8).getNumericCellValue()).isEqualTo(600.0);
            // four expenses, then the totals row
            assertThat(expenses.getLastRowNum() - SheetCells.FIRST_DATA_ROW + 1).isEqualTo(5);
            assertThat(expenses.getRow(expenses.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Total");
        }
    }

    @Test
    void summaryFundingAndAboutCarryTheRunsFigures() throws IOException {
        try (XSSFWorkbook wb = write(content(Audience.DONOR))) {
            Sheet summary = wb.getSheet("Summary");
            assertThat(row(summary, 0, "Reporting period").getCell(1).getStringCellValue())
                    .isEqualTo("January – December 2019");
            assertThat(row(summary, 0, "Funding status").getCell(1).getStringCellValue())
                    .isEqualTo("Budget: Year 1 $3,500 – fully funded");
            assertThat(row(summary, 0, "Outreach nights").getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(row(summary, 0, "Children contacted on outreach").getCell(1).getNumericCellValue())
                    .isEqualTo(33.0);
            assertThat(row(summary, 0, "Children attending activities (distinct)").getCell(1).getNumericCellValue())
                    .isEqualTo(9.0);
            assertThat(row(summary, 0, "Spent (Year 1 to 2019-12-31)").getCell(1).getNumericCellValue())
                    .isEqualTo(1243.0);
            assertThat(row(summary, 0, "Budget (Year 1)").getCell(1).getNumericCellValue()).isEqualTo(3500.0);
            assertThat(row(summary, 0, "Share of the budget spent").getCell(1).getNumericCellValue())
                    .isCloseTo(1243.0 / 3500.0, within(1e-9));

            Sheet funding = wb.getSheet("Funding");
            assertThat(row(funding, 1, "commitment").getCell(3).getNumericCellValue()).isEqualTo(3500.0);
            assertThat(row(funding, 1, "receipt").getCell(3).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(row(funding, 2, "Committed (commitments + received without a commitment)").getCell(3)
                    .getNumericCellValue()).isEqualTo(3500.0);
            assertThat(row(funding, 2, "Received (against the commitments, not added)").getCell(3)
                    .getNumericCellValue()).isEqualTo(2000.0);
            assertThat(row(funding, 2, "Coverage (committed ÷ budget)").getCell(3).getNumericCellValue())
                    .isEqualTo(1.0);

            Sheet about = wb.getSheet("About");
            Row attendance = row(about, 0, "data/attendance.csv");
            assertThat(attendance.getCell(1).getStringCellValue()).matches("[0-9a-f]{64}");
            assertThat(attendance.getCell(2).getNumericCellValue()).isEqualTo(11.0);
            assertThat(row(about, 0, "Reproduce with").getCell(1).getStringCellValue())
                    .isEqualTo("fieldreport report " + ReportContents.FIXTURE + " --period Y1 --audience donor");
            assertThat(row(about, 0, "Suppression").getCell(1).getStringCellValue())
                    .startsWith("donor: counts of people below 5 shown as <5");
            assertThat(row(about, 0, "fieldreport version").getCell(1).getStringCellValue())
                    .isEqualTo("development build");
        }
    }

    @Test
    void noChildCodeAppearsInAnyCellOrProperty() throws IOException {
        for (Audience audience : Audience.values()) {
            PublishedReport content = content(audience);
            ChildCodeScan scan = ReportContents.childCodes(ReportContents.FIXTURE);
            try (XSSFWorkbook wb = write(content)) {
                assertThat(scan.find(everyCell(wb))).as(audience.key()).isEmpty();
            }
        }
    }

    /** The text of every cell (formulas as written) and the core properties, one per line. */
    static String everyCell(XSSFWorkbook wb) {
        DataFormatter format = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : wb) {
            text.append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(cell.getCellType() == CellType.FORMULA ? cell.getCellFormula()
                            : format.formatCellValue(cell)).append('\n');
                }
            }
        }
        var core = wb.getProperties().getCoreProperties();
        text.append(core.getTitle()).append('\n').append(core.getSubject()).append('\n')
                .append(core.getCreator()).append('\n').append(core.getKeywords()).append('\n');
        return text.toString();
    }

    @Test
    void withoutABudgetReportTheBudgetAndFundingSheetsSaySoAndTheWorkbookStillWrites() throws IOException {
        try (XSSFWorkbook wb = write(ReportContents.withoutBudget(ReportContents.FIXTURE, "Y1",
                Audience.DONOR))) {
            assertThat(wb.getSheet("Budget").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Budget against actual – no budget for a period spanning two project years");
            assertThat(row(wb.getSheet("Budget"), 1, "Total").getCell(2).getNumericCellValue()).isZero();
            assertThat(row(wb.getSheet("Summary"), 0, "Funding status").getCell(1).getStringCellValue())
                    .isEqualTo(WorkbookAssembly.NO_BUDGET);
            assertThat(row(wb.getSheet("Funding"), 2, "Status").getCell(3).getStringCellValue())
                    .isEqualTo(WorkbookAssembly.NO_BUDGET);
            // the expenses are still listed, converted as the engine converts them
            assertThat(row(wb.getSheet("Expenses"), 2, "Team food").getCell(8).getNumericCellValue())
                    .isEqualTo(20.5);
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        PublishedReport content = content(Audience.DONOR);
        Instant asOf = content.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC);
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        new WorkbookWriter().write(WorkbookAssembly.from(content), a, asOf);
        new WorkbookWriter().write(WorkbookAssembly.from(content(Audience.DONOR)), b, asOf);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }
}

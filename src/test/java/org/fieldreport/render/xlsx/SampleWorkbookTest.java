package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.render.xlsx.WorkbookAssemblyTest.row;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.ChildCodeScan;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.render.ReportContents;
import org.fieldreport.render.json.ReportJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year 1 of the sample project end to end, read back the way a finance officer's spreadsheet reads it: every
 * formula recalculated by POI's evaluator gives the value cached in the file, the budget totals are the budget
 * engine's figures to the cent, the headline figures are the ones the budget and indicators commands give, and no
 * child code is anywhere.
 */
class SampleWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void yearOneOfTheSampleProjectWritesWithTheExpectedFiguresAndNoChildCode() throws IOException {
        Assumptions.assumeTrue(Files.exists(ReportContents.SAMPLE.resolve("data/expenses.csv")),
                "sample-data/data is not on this branch");
        ChildCodeScan childCodes = ReportContents.childCodes(ReportContents.SAMPLE);
        for (Audience audience : Audience.values()) {
            PublishedReport content = ReportContents.of(ReportContents.SAMPLE, "Y1", audience);
            try (XSSFWorkbook wb = write(content, audience)) {
                Sheet summary = wb.getSheet("Summary");
                assertThat(row(summary, 0, "Funding status").getCell(1).getStringCellValue())
                        .isEqualTo("Budget: Year 1 $45,000 – fully funded");
                assertThat(row(summary, 0, "Outreach nights").getCell(1).getNumericCellValue()).isEqualTo(258.0);
                assertThat(row(summary, 0, "Budget (Year 1)").getCell(1).getNumericCellValue()).isEqualTo(45000.0);
                assertThat(cents(row(summary, 0, "Spent (Year 1 to 2019-11-30)").getCell(1).getNumericCellValue()))
                        .isEqualByComparingTo("43584.07");   // each expense at the cent, summed (money.py)

                Row nights = row(wb.getSheet("Results"), 0, "Outreach nights");
                assertThat(nights.getCell(4).getNumericCellValue()).isEqualTo(258.0);
                assertThat(nights.getCell(3).getNumericCellValue()).isEqualTo(260.0);

                assertThat(childCodes.find(WorkbookAssemblyTest.everyCell(wb)))
                        .as(audience.key()).isEmpty();
            }
            assertThat(childCodes.find(ReportJson.render(content))).as(audience.key()).isEmpty();
        }
    }

    @Test
    void everyFormulaRecalculatesToItsCachedValueAndTheBudgetTotalsAreTheEnginesToTheCent() throws IOException {
        Assumptions.assumeTrue(Files.exists(ReportContents.SAMPLE.resolve("data/expenses.csv")),
                "sample-data/data is not on this branch");
        PublishedReport content = ReportContents.of(ReportContents.SAMPLE, "Y1", Audience.INTERNAL);
        try (XSSFWorkbook wb = write(content, Audience.INTERNAL)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertRecalculatesToCached(cell, evaluator);
                            formulas++;
                        }
                    }
                }
            }
            assertThat(formulas).as("formula cells").isGreaterThan(100);

            Sheet budget = wb.getSheet("Budget");
            BudgetFigures total = content.budget().orElseThrow().total();
            assertThat(total.budget()).isEqualByComparingTo("45000");
            assertBudgetRow(row(budget, 1, "Total"), total, evaluator);
            for (BudgetHeading heading : content.budget().orElseThrow().headings()) {
                assertBudgetRow(row(budget, 1, "Subtotal – " + heading.name()), heading.figures(), evaluator);
            }
        }
    }

    private XSSFWorkbook write(PublishedReport content, Audience audience) throws IOException {
        Path out = dir.resolve(audience.key() + ".xlsx");
        new WorkbookWriter().write(WorkbookAssembly.from(content), out,
                content.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void assertRecalculatesToCached(Cell cell, FormulaEvaluator evaluator) {
        String where = cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false)
                + " (" + cell.getCellFormula() + ")";
        CellValue recalculated = evaluator.evaluate(cell);
        assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(recalculated.getCellType());
        if (recalculated.getCellType() == CellType.NUMERIC) {
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(recalculated.getNumberValue());
        } else {
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(recalculated.getStringValue());
        }
    }

    /**
     * Budget (C), budget to date (D), actual in the period (E), actual to date (F), remaining (G) and variance (I):
     * live formulas, to the cent.
     */
    private static void assertBudgetRow(Row row, BudgetFigures engine, FormulaEvaluator evaluator) {
        String label = row.getCell(1).getStringCellValue();
        BigDecimal[] expected = {engine.budget(), engine.budgetToDate(), engine.periodActual(), engine.actual(),
                engine.remaining()};
        for (int c = 2; c <= 6; c++) {
            assertThat(row.getCell(c).getCellType()).as(label + " column " + c).isEqualTo(CellType.FORMULA);
            assertThat(cents(evaluator.evaluate(row.getCell(c)).getNumberValue())).as(label + " column " + c)
                    .isEqualTo(cents(expected[c - 2]));
        }
        assertThat(cents(evaluator.evaluate(row.getCell(8)).getNumberValue())).as(label + " variance")
                .isEqualTo(cents(engine.variance()));
    }

    private static BigDecimal cents(double value) {
        return cents(BigDecimal.valueOf(value));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}

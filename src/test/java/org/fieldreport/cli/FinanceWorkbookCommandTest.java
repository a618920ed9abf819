package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldreport budget --format xlsx}: the finance workbook, named as such, with its own sheets. */
class FinanceWorkbookCommandTest {

    @TempDir
    Path out;

    @Test
    void theFinanceWorkbookHasTheBudgetExpensesFundingRatesAndReconciliationSheets() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = FieldReportCli.run(new String[] {"budget", "src/test/resources/finance/basic", "--period", "Y1",
                "--format", "xlsx", "--out", out.toString(), "--as-of", "2019-12-15"},
                new PrintWriter(stdout), new PrintWriter(stderr));

        assertThat(code).as(stderr.toString()).isIn(0, 1);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("TST-FIN-01_Y1_budget.xlsx");
        }
        Path file = out.resolve("TST-FIN-01_Y1_budget.xlsx");
        assertThat(stdout.toString()).contains(file.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Budget", "Expenses", "Funding", "Rates", "Reconciliation", "About");
            assertThat(wb.getSheet("Budget").getRow(1).getCell(0).getStringCellValue()).startsWith("CONFIDENTIAL");

            // every formula recalculates to the value cached in the file
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA
                                && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertThat(evaluator.evaluate(cell).getNumberValue()).as(cell.getAddress().toString())
                                    .isEqualTo(cell.getNumericCellValue());
                        }
                    }
                }
            }
            // the riel expenses of the basic project: 123,000 KHR in all, on the Budget sheet's total and in the
            // reconciliation of data/expenses.csv, whose difference is zero
            Sheet budget = wb.getSheet("Budget");
            Row total = null;
            for (Row row : budget) {
                Cell b = row.getCell(1);
                if (b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().equals("Total")) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(budget.getRow(2).getCell(10).getStringCellValue()).isEqualTo("KHR booked to date");
            assertThat(total.getCell(10).getNumericCellValue()).isEqualTo(123000.0);
            Sheet reconciliation = wb.getSheet("Reconciliation");
            boolean expensesInRiel = false;
            for (Row row : reconciliation) {
                Cell file0 = row.getCell(0);
                if (row.getRowNum() > 2 && file0 != null && file0.getStringCellValue().equals("data/expenses.csv")
                        && row.getCell(1).getStringCellValue().equals("KHR")) {
                    expensesInRiel = true;
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(123000.0);
                    assertThat(row.getCell(5).getCellFormula()).isEqualTo("D" + (row.getRowNum() + 1) + "+E"
                            + (row.getRowNum() + 1) + "-C" + (row.getRowNum() + 1));
                    assertThat(row.getCell(5).getNumericCellValue()).isZero();
                }
            }
            assertThat(expensesInRiel).isTrue();
            assertThat(wb.getSheet("Rates").getRow(3).getCell(4).getCellFormula()).startsWith("COUNTIFS(");
        }
    }
}

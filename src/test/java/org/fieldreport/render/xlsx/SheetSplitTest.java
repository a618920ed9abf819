package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetSplitTest {

    @TempDir
    Path dir;

    @Test
    void aListThatFitsKeepsOneSheet() {
        assertThat(SheetSplit.plan("Expenses", 5, 5))
                .containsExactly(new SheetSplit.Part("Expenses", 1, 1, 0, 5));
        assertThat(SheetSplit.plan("Expenses", 0, 5))
                .containsExactly(new SheetSplit.Part("Expenses", 1, 1, 0, 0));
        assertThat(SheetSplit.note("The expenses", SheetSplit.plan("Expenses", 5, 5), 8)).isNull();
    }

    @Test
    void aLongerListContinuesOnNumberedSheets() {
        List<SheetSplit.Part> plan = SheetSplit.plan("Expenses", 12, 5);
        assertThat(plan).containsExactly(
                new SheetSplit.Part("Expenses", 1, 3, 0, 5),
                new SheetSplit.Part("Expenses (2)", 2, 3, 5, 10),
                new SheetSplit.Part("Expenses (3)", 3, 3, 10, 12));
        assertThat(SheetSplit.note("The expenses", plan, 1_048_576)).isEqualTo(
                "The expenses are split over 3 sheets (Expenses, Expenses (2), Expenses (3)) because an Excel sheet"
                        + " holds at most 1,048,576 rows.");
    }

    @Test
    void excelsLimitLeavesRoomForTheTitleAndHeaderRows() {
        int dataRows = WorkbookWriter.EXCEL_ROWS - SheetCells.FIRST_DATA_ROW;
        assertThat(SheetSplit.plan("Expenses", dataRows, dataRows)).hasSize(1);
        assertThat(SheetSplit.plan("Expenses", dataRows + 1, dataRows)).hasSize(2);
    }

    @Test
    void theWorkbookSplitsPastItsRowLimitAndTheSummarySaysSo() throws IOException {
        // a row limit of 8 leaves 4 data rows per sheet below the title, marking and header rows and above the total
        Path out = dir.resolve("split.xlsx");
        new WorkbookWriter(8).write(SampleView.view(SampleView.donor(), SampleView.manyExpenses(10)), out,
                Instant.parse("2019-12-15T00:00:00Z"));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Results", "Outreach", "Attendance", "Budget", "Expenses",
                    "Expenses (2)", "Expenses (3)", "Funding", "Data quality", "About");

            assertThat(descriptions(wb.getSheet("Expenses"))).containsExactly("Item 1", "Item 2", "Item 3", "Item 4");
            assertThat(descriptions(wb.getSheet("Expenses (2)"))).containsExactly("Item 5", "Item 6", "Item 7",
                    "Item 8");
            assertThat(descriptions(wb.getSheet("Expenses (3)"))).containsExactly("Item 9", "Item 10");
            assertThat(wb.getSheet("Expenses (3)").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Expenses – 2018-12-01 to 2019-11-30 (the expenses the Budget sheet's actuals sum)"
                            + " – part 3 of 3");
            assertThat(wb.getSheet("Expenses (2)").getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("Description");
            // each part totals its own rows
            assertThat(wb.getSheet("Expenses (3)").getRow(5).getCell(8).getCellFormula())
                    .isEqualTo("SUBTOTAL(109,I4:I5)");
            assertThat(wb.getSheet("Expenses (3)").getRow(5).getCell(8).getNumericCellValue()).isEqualTo(2.0);

            XSSFTable third = wb.getSheet("Expenses (3)").getTables().get(0);
            assertThat(third.getName()).isEqualTo("Expenses_3");
            assertThat(third.getArea().formatAsString()).isEqualTo("A3:K6");

            // a line's actual sums over every part: ten expenses of 1.00 on P1
            var p1 = wb.getSheet("Budget").getRow(4).getCell(5);
            assertThat(p1.getCellFormula()).contains("'Expenses (3)'!$I$4:$I$5");
            assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(p1).getNumberValue())
                    .isEqualTo(10.0);

            List<String> summary = new ArrayList<>();
            wb.getSheet("Summary").forEach(row -> summary.add(row.getCell(0).getStringCellValue()));
            assertThat(summary).contains("The expenses are split over 3 sheets (Expenses, Expenses (2), Expenses (3))"
                    + " because an Excel sheet holds at most 8 rows.");
        }
    }

    private static List<String> descriptions(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int r = SheetCells.FIRST_DATA_ROW; r < sheet.getLastRowNum(); r++) { // the last row is the total
            out.add(sheet.getRow(r).getCell(2).getStringCellValue());
        }
        return out;
    }
}

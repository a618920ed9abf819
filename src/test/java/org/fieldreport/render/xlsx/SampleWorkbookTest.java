package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.render.xlsx.WorkbookAssemblyTest.row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.ChildCodeScan;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.render.ReportContents;
import org.fieldreport.render.json.ReportJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year 1 of the sample project end to end: the workbook's own formula check passes (it refuses to save
 * otherwise), and the headline figures are the ones the budget and indicators commands give for it.
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
            Path out = dir.resolve(audience.key() + ".xlsx");
            new WorkbookWriter().write(WorkbookAssembly.from(content), out,
                    content.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet summary = wb.getSheet("Summary");
                assertThat(row(summary, 0, "Funding status").getCell(1).getStringCellValue())
                        .isEqualTo("Budget: Year 1 $45,000 – fully funded");
                assertThat(row(summary, 0, "Outreach nights").getCell(1).getNumericCellValue()).isEqualTo(258.0);
                assertThat(row(summary, 0, "Budget (Year 1)").getCell(1).getNumericCellValue()).isEqualTo(45000.0);
                assertThat(row(summary, 0, "Spent (Year 1 to 2019-11-30)").getCell(1).getNumericCellValue())
                        .isEqualTo(43584.09, org.assertj.core.data.Offset.offset(0.005));

                Row nights = row(wb.getSheet("Results"), 0, "Outreach nights");
                assertThat(nights.getCell(4).getNumericCellValue()).isEqualTo(258.0);
                assertThat(nights.getCell(3).getNumericCellValue()).isEqualTo(260.0);

                Row total = row(wb.getSheet("Budget"), 1, "Total");
                assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(45000.0);
                assertThat(total.getCell(4).getNumericCellValue())
                        .isEqualTo(43584.09, org.assertj.core.data.Offset.offset(0.005));
                assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(");

                assertThat(childCodes.find(WorkbookAssemblyTest.everyCell(wb)))
                        .as(audience.key()).isEmpty();
            }
            assertThat(childCodes.find(ReportJson.render(content)))
                    .as(audience.key()).isEmpty();
        }
    }
}

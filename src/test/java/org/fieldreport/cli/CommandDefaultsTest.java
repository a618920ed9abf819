package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command does when an option is left out: the answers a first-time user and a monthly job both want. */
class CommandDefaultsTest {

    // Year 2 is in progress: the sample's data end on 29 February 2020, so it is reported to the as-of date
    private static final String YEAR_2_CHOSEN = "fieldreport: period Year 2 (December 2019 – November 2020, in"
            + " progress: data to 1 March 2020), the latest project year with data; --period chooses another";

    @Test
    void reportWithoutFormatWritesTheDonorPdfAndTheWorkbook(@TempDir Path temp) throws Exception {
        CliRun run = CliRun.of("report", "sample-data", "-p", "Y1", "--as-of", "2019-12-15", "-o", temp.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).contains("KHM-HPC-PSK-P01_Y1_donor.pdf", "KHM-HPC-PSK-P01_Y1_donor.xlsx");
        assertThat(temp.resolve("KHM-HPC-PSK-P01_Y1_donor.pdf")).isNotEmptyFile();
        try (Workbook book = WorkbookFactory.create(temp.resolve("KHM-HPC-PSK-P01_Y1_donor.xlsx").toFile(), null,
                true)) {
            assertThat(book.getNumberOfSheets()).isGreaterThan(1);
        }
    }

    @Test
    void withoutPeriodTheLatestYearWithDataIsReportedAndSaidFirst(@TempDir Path temp) throws Exception {
        CliRun indicators = CliRun.of("indicators", "sample-data", "-f", "json", "--as-of", "2020-03-01");
        assertThat(indicators.exitCode()).as(indicators.err()).isZero();
        assertThat(indicators.err().lines().findFirst()).hasValue(YEAR_2_CHOSEN);
        assertThat(new ObjectMapper().readTree(indicators.out()).at("/period/key").asText()).isEqualTo("Y2");

        CliRun budget = CliRun.of("budget", "sample-data", "--as-of", "2020-03-01");
        assertThat(budget.err().lines().findFirst()).hasValue(YEAR_2_CHOSEN);
        assertThat(budget.out()).contains("Year 2");

        CliRun report = CliRun.of("report", "sample-data", "-f", "json", "--as-of", "2020-03-01", "-o",
                temp.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.err().lines().findFirst()).hasValue(YEAR_2_CHOSEN);
        assertThat(report.out()).contains("KHM-HPC-PSK-P01_Y2_donor.json");
        assertThat(Files.readString(temp.resolve("KHM-HPC-PSK-P01_Y2_donor.json"))).contains("--period Y2");
    }

    @Test
    void quietLeavesTheChosenPeriodUnsaidAndAGivenPeriodIsNeverAnnounced() {
        CliRun quiet = CliRun.of("indicators", "sample-data", "-f", "json", "--as-of", "2020-03-01", "-q");
        assertThat(quiet.err()).doesNotContain("period Year");
        CliRun given = CliRun.of("indicators", "sample-data", "-p", "Y1", "-f", "json", "--as-of", "2020-03-01");
        assertThat(given.err()).doesNotContain("period Year");
    }

    @Test
    void aProjectWhoseDataEndsInYear1ReportsYear1(@TempDir Path temp) throws Exception {
        Path project = copy(Path.of("sample-data"), temp.resolve("p"));
        for (String file : List.of("outreach_nights.csv", "attendance.csv", "expenses.csv")) {
            Path csv = project.resolve("data").resolve(file);
            List<String> lines = Files.readAllLines(csv);
            List<String> year1 = lines.stream().filter(l -> l.startsWith("date") || l.compareTo("2019-12-01") < 0)
                    .toList();
            assertThat(year1).hasSizeLessThan(lines.size());
            Files.write(csv, year1);
        }
        CliRun run = CliRun.of("indicators", project.toString(), "-f", "json", "--as-of", "2020-03-01");
        assertThat(run.err().lines().findFirst()).hasValue("fieldreport: period Year 1 (December 2018 – November"
                + " 2019), the latest project year with data; --period chooses another");
        assertThat(new ObjectMapper().readTree(run.out()).at("/period/key").asText()).isEqualTo("Y1");
    }
}

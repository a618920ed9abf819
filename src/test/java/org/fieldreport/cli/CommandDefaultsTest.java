package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command does when an option is left out: the answers a first-time user and a monthly job both want. */
class CommandDefaultsTest {

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
}

package org.fieldreport.sample;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code funding.csv}. Year 1 is fully funded by two commitments, USD 30,000 from the Hope for Children Fund
 * and USD 15,000 from the Mekong Community Trust, each paid in two tranches; a receipt carries the reference of the
 * commitment it pays, so it is not counted as committed a second time. Year 2 has the two donors' pledges.
 */
final class FundingWriter {

    static final String MAIN_DONOR = "Hope for Children Fund";
    static final String SECOND_DONOR = "Mekong Community Trust";

    private FundingWriter() {
    }

    static long write(Path file) throws IOException {
        try (CsvFileWriter csv = new CsvFileWriter(file, "date", "donor", "kind", "amount", "currency", "year",
                "reference")) {
            csv.row("2018-11-20", MAIN_DONOR, "commitment", "30000.00", "USD", 1, "HCF-GA-2018-031");
            csv.row("2018-11-28", SECOND_DONOR, "commitment", "15000.00", "USD", 1, "MCT-2018-112");
            csv.row("2018-12-05", MAIN_DONOR, "receipt", "15000.00", "USD", 1, "HCF-GA-2018-031");
            csv.row("2019-01-15", SECOND_DONOR, "receipt", "7500.00", "USD", 1, "MCT-2018-112");
            csv.row("2019-06-04", MAIN_DONOR, "receipt", "15000.00", "USD", 1, "HCF-GA-2018-031");
            csv.row("2019-07-10", SECOND_DONOR, "receipt", "7500.00", "USD", 1, "MCT-2018-112");
            csv.row("2019-10-30", MAIN_DONOR, "pledge", "34900.00", "USD", 2, "HCF-GA-2019-077");
            csv.row("2019-11-12", SECOND_DONOR, "pledge", "15000.00", "USD", 2, "MCT-2019-140");
            return csv.rows();
        }
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A rate's direction, both ways, with a weak and a strong reporting currency: one expense in a one-line project,
 * its rate stated by project.yaml's {@code exchange_rates.quote}, by the row's quote column or by the header of the
 * rate column, converted by hand in each row of the table below.
 */
class RateDirectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}: {1} {2} at {3} ({4}) = {5} {0}")
    @CsvSource(delimiter = '|', value = {
        // reporting | amount | booked | rate | quote | converted by hand | reads
        "USD | 41000  | KHR | 4100    | KHR per USD | 10.00  | 1 USD = 4,100 KHR",
        "USD | 41000  | KHR | 0.00025 | USD per KHR | 10.25  | 1 KHR = 0.00025 USD",
        "KHR | 10.00  | USD | 4100    | KHR per USD | 41000  | 1 USD = 4,100 KHR",
        "KHR | 10.00  | USD | 0.00025 | USD per KHR | 40000  | 1 KHR = 0.00025 USD",
        "KES | 1270   | USD | 129.5   | KES per USD | 164465.00 | 1 USD = 129.50 KES",
        "KES | 500    | USD | 0.0077  | USD per KES | 64935.06  | 1 KES = 0.0077 USD",
        "USD | 10000  | KES | 129.5   | KES per USD | 77.22  | 1 USD = 129.50 KES",
        "USD | 10000  | KES | 0.0077  | USD per KES | 77.00  | 1 KES = 0.0077 USD",
        "EUR | 110    | USD | 1.10    | USD per EUR | 100.00 | 1 EUR = 1.10 USD",
        "EUR | 110    | USD | 0.9     | EUR per USD | 99.00  | 1 USD = 0.90 EUR",
        "USD | 100    | EUR | 1.1     | USD per EUR | 110.00 | 1 EUR = 1.10 USD",
        "USD | 99     | EUR | 0.9     | EUR per USD | 110.00 | 1 USD = 0.90 EUR"})
    void bothDirectionsConvertAsStatedWherevertheyAreStated(String reporting, String amount, String booked,
                                                            String rate, String quote, String expected,
                                                            String reads) throws IOException {
        for (String where : new String[] {"project", "row", "header"}) {
            Path p = folder.resolve(where);
            String yaml = "project".equals(where) ? "exchange_rates:\n  quote: " + quote + "\n" : "";
            String header = "header".equals(where) ? quote : "fx_rate";
            String quoteColumn = "row".equals(where) ? ",quote" : "";
            String quoteValue = "row".equals(where) ? "," + quote : "";
            project(p, reporting, yaml, "date,line_code,amount,currency," + header + quoteColumn + "\n"
                    + "2019-03-05,P1," + amount + "," + booked + "," + rate + quoteValue + "\n");

            CliRun r = CliRun.of("budget", p.toString(), "--period", "Y1", "--format", "json", "--expenses");

            assertThat(r.exitCode()).as(where + ": " + r.err()).isZero();
            assertThat(r.err()).as(where).doesNotContain("other way round");
            JsonNode expense = JSON.readTree(r.out()).at("/expenses/converted/0");
            assertThat(expense.get("converted_amount").decimalValue()).as(where).isEqualByComparingTo(expected);
            assertThat(expense.get("quote").asText()).as(where).isEqualTo(quote);
            assertThat(expense.get("reads").asText()).as(where).isEqualTo(reads);
        }
    }

    @Test
    void withoutADirectionARateCountsTheBookedCurrencyPerReportingUnitAsDocumented() throws IOException {
        project(folder, "KES", "", "date,line_code,amount,currency,fx_rate\n2019-03-05,P1,1270,USD,129.5\n");

        CliRun r = CliRun.of("budget", folder.toString(), "--period", "Y1", "--wide");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("  1 KES = 129.50 USD: the rate on the expense row (1 expense)\n");
        // 1,270 USD / 129.5 = 9.8069... = 9.81 KES, in the period and in the year to date (the columns by basis)
        assertThat(r.out()).containsPattern("\n  P1 Team +1,000,000.00 .* +9\\.81 +9\\.81 ");
    }

    @Test
    void aRateTheValueShowsWrittenTheOtherWayRoundIsAWarningNamingTheRow() throws IOException {
        project(folder, "USD", "", "date,line_code,amount,currency,fx_rate\n2019-03-05,P1,41000,KHR,0.000244\n");

        CliRun r = CliRun.of("validate", folder.toString());

        assertThat(r.err() + r.out()).contains("data/expenses.csv:2:5: warning: fx_rate 0.000244 is read as KHR per"
                + " USD (1 USD = 0.000244 KHR), which makes one KHR worth more than one USD; it looks written the"
                + " other way round; state its direction: a quote column (USD per KHR), a header such as \"USD per"
                + " KHR\", or exchange_rates.quote in project.yaml");
    }

    @Test
    void aQuoteOfAnotherPairIsAnErrorOnTheRow() throws IOException {
        project(folder, "USD", "", "date,line_code,amount,currency,fx_rate,quote\n"
                + "2019-03-05,P1,41000,KHR,4100,KES per USD\n");

        CliRun r = CliRun.of("validate", folder.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err() + r.out()).contains("data/expenses.csv:2:6: error: the quote states KES per USD, but the"
                + " row converts KHR into USD");
    }

    @Test
    void aProjectQuoteThatIsNoDirectionIsAUsageErrorNamingItsLine() throws IOException {
        project(folder, "USD", "exchange_rates:\n  quote: riel\n", "date,line_code,amount\n2019-03-05,P1,10\n");

        CliRun r = CliRun.of("validate", folder.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("project.yaml:8: error: exchange_rates.quote \"riel\" is not a rate's"
                + " direction");
    }

    private static void project(Path p, String currency, String yaml, String expenses) throws IOException {
        Files.createDirectories(p.resolve("data"));
        Files.writeString(p.resolve("project.yaml"), "code: T-RATE\nname: Rate test\ncurrency: " + currency
                + "\nstart: 2019-01-01\nsites: [Mathare]\nactivities: [outreach]\n" + yaml);
        Files.writeString(p.resolve("data/budget.csv"), "year,line_code,line,heading,amount,currency\n"
                + "1,P1,Team,Programme,1000000," + currency + "\n");
        Files.writeString(p.resolve("data/expenses.csv"), expenses);
        Files.writeString(p.resolve("data/outreach_nights.csv"), "date,area,team,children_contacted\n"
                + "2019-03-05,Mathare,Team A,12\n");
        Files.writeString(p.resolve("data/attendance.csv"), "date,site,activity,child_code,sex\n"
                + "2019-03-05,Mathare,outreach,M-1,F\n");
        Files.writeString(p.resolve("data/funding.csv"), "date,donor,kind,amount,currency,year\n"
                + "2019-01-05,Donor,commitment,1000000," + currency + ",1\n");
    }
}

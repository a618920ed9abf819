package org.fieldreport.cli;

import static org.fieldreport.ProjectCopy.copy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardOpenOption;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetCommandTest {

    private static final String BASIC = "src/test/resources/finance/basic";
    private static final String CLEAN = "src/test/resources/finance/clean";
    private static final String MISSING_RATE = "src/test/resources/finance/missing-rate";

    /** Reads numbers as written, trailing zeros included (1080.50 stays 1080.50). */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FieldReportCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theTerminalTableShowsTheHeadlineLinesFlagsAndReconciliation() {
        Run r = run("budget", BASIC, "--period", "Y1", "--as-of", "2020-01-15", "--wide");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Budget: Year 1 $6,650 \u2013 fully funded\n");
        assertThat(r.out()).containsPattern("\n  P1 Night outreach +3,650\\.00 +3,650\\.00 +3,650\\.00 +530\\.50 "
                + "+530\\.50 +3,119\\.50 +14\\.53 % "
                + "+100\\.00 % +-3,119\\.50 +-85\\.47 % +123,000 ");
        assertThat(r.out()).contains("unbudgeted; needs donor approval");
        assertThat(r.out()).contains("  X9 (not in the Year 1 budget): variance 50.00 (no budget); variance note:"
                + " (to be written)\n");
        assertThat(r.out()).contains("  data/expenses.csv KHR: 123,000 + 0 = 123,000  ok\n");
        assertThat(r.err()).contains("data/expenses.csv:6:2: warning: budget line \"X9\" is not in the Year 1 budget");
    }

    /** The golden file was checked by hand: see the figures of month 4 in BudgetAgainstActualTest. */
    @Test
    void theMonthFourTableMatchesItsGoldenFile() throws Exception {
        Run r = run("budget", BASIC, "--period", "2019-04", "--wide");

        assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/budget-basic-2019-04.txt")));
    }

    /** Runs once the sample project's data is on the branch (it is generated separately). */
    @Test
    void theSampleProjectsYearOneIsFortyFiveThousandFullyFunded() throws Exception {
        Path sample = Path.of("sample-data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sample.resolve("data/expenses.csv")),
                "sample-data/data is not on this branch yet");

        Run r = run("budget", sample.toString(), "--period", "Y1", "--as-of", "2020-01-15", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/funding/headline").asText()).isEqualTo("Budget: Year 1 $45,000 \u2013 fully funded");
        assertThat(json.at("/total/budget").decimalValue()).isEqualByComparingTo("45000");
        assertThat(json.at("/total/original_amounts/KHR").decimalValue()).isPositive();
        assertThat(json.at("/expenses/unconverted").size()).isZero();
        for (JsonNode line : json.get("reconciliation")) {
            assertThat(line.get("balances").asBoolean()).as(line.get("file").asText()).isTrue();
        }
    }

    @Test
    void failOnFlaggedExitsThreeForALineNeedingApprovalAndZeroWithout() {
        assertThat(run("budget", BASIC, "--period", "Y1", "--as-of", "2020-01-15", "--fail-on", "flagged").code())
                .isEqualTo(3);
        assertThat(run("budget", CLEAN, "--period", "Y1", "--as-of", "2020-01-15", "--fail-on", "flagged").code())
                .isZero();
    }

    @Test
    void aMissingRateExitsOneAndThreeUnderFailOnFlagged() {
        Run r = run("budget", MISSING_RATE, "--period", "Y1", "--as-of", "2020-01-15");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("data/expenses.csv:4:5: error: expense in KHR cannot be converted");
        assertThat(r.err()).contains("data/expenses.csv:5:5: error: expense in KHR cannot be converted");
        assertThat(run("budget", MISSING_RATE, "--period", "Y1", "--as-of", "2020-01-15", "--fail-on", "flagged")
                .code()).isEqualTo(3);
    }

    @Test
    void jsonCarriesTheFiguresAtTheCentForMonthFour() throws Exception {
        Run r = run("budget", BASIC, "--period", "2019-04", "--format", "json", "--expenses");

        assertThat(r.code()).isZero();
        JsonNode json = EXACT.readTree(r.out());
        assertThat(json.get("schema").asText()).isEqualTo("fieldreport.budget/3");
        assertThat(json.at("/year/elapsed_days").asInt()).isEqualTo(120);
        assertThat(json.at("/total/actual").toString()).isEqualTo("1080.50");
        assertThat(json.at("/total/budget").toString()).isEqualTo("6650.00");
        assertThat(json.at("/total/period_actual").toString()).isEqualTo("450.00");
        JsonNode p1 = json.at("/headings/0/lines/0");
        assertThat(p1.get("line_code").asText()).isEqualTo("P1");
        assertThat(p1.get("budget_to_date").toString()).isEqualTo("1200.00");
        assertThat(p1.get("variance_percent").toString()).isEqualTo("-64.13");
        assertThat(p1.at("/original_amounts/KHR").toString()).isEqualTo("123000");
        assertThat(p1.at("/pace/flag").asText()).isEqualTo("below");
        assertThat(json.at("/needs_donor_approval/0/line_code").asText()).isEqualTo("X9");
        assertThat(json.at("/needs_donor_approval/0/variance_note").asText()).isEmpty();
        JsonNode first = json.at("/expenses/converted/0");
        assertThat(first.get("rate").toString()).isEqualTo("4100");
        assertThat(first.get("rate_source").asText()).isEqualTo("row");
        assertThat(first.get("converted_amount").toString()).isEqualTo("10.00");
        assertThat(json.at("/expenses/converted/1/rate_date").asText()).isEqualTo("2019-02-01");
        assertThat(json.at("/funding/status").asText()).isEqualTo("fully_funded");
        assertThat(json.at("/funding/headline").asText()).isEqualTo("Budget: Year 1 $6,650 \u2013 fully funded");
        assertThat(json.at("/burn_rate/per_month").toString()).isEqualTo("270.13");   // 1080.50 / 4, half up
        assertThat(json.get("monthly").size()).isEqualTo(4);   // January to April
        assertThat(json.at("/total/rounding_difference").isMissingNode()).isTrue();
        // the total's period budget is the sum of the lines' as shown: 300.00 + 82.19 + 164.38 (3650, 1000 and
        // 2000 × 30 / 365, each at the cent), where the unrounded 546.5753... would show 546.58
        assertThat(json.at("/total/period_budget").toString()).isEqualTo("546.57");
        assertThat(json.at("/exit_code").asInt()).isZero();
    }

    @Test
    void jsonCountsTheExpensesAndListsThemOnlyWhenAsked() throws Exception {
        JsonNode counted = new ObjectMapper().readTree(run("budget", BASIC, "--period", "2019-04", "--format",
                "json").out());
        JsonNode listed = new ObjectMapper().readTree(run("budget", BASIC, "--period", "2019-04", "--format", "json",
                "--expenses").out());

        assertThat(counted.at("/expenses/converted").isNull()).isTrue();
        assertThat(counted.at("/expenses/converted_count").asInt()).isEqualTo(listed.at("/expenses/converted").size())
                .isPositive();
        assertThat(counted.at("/expenses/unconverted_count").asInt()).isZero();
        assertThat(counted.at("/expenses/unconverted").isArray()).isTrue();
        assertThat(counted.get("total")).isEqualTo(listed.get("total"));
        assertThat(counted.get("headings")).isEqualTo(listed.get("headings"));
    }

    @Test
    void expensesWithoutJsonIsAUsageError() {
        Run r = run("budget", BASIC, "--period", "Y1", "--expenses");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--expenses lists the expenses in the JSON: use it with --format json");
    }

    @Test
    void csvHasOneRowPerLineSubtotalAndTotal() {
        Run r = run("budget", CLEAN, "--period", "Y1", "--as-of", "2020-01-15", "--format", "csv");

        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("row_type,heading,line_code,line,budget,budget_to_date,").endsWith(
                ",khr_booked,variance_note,funding_amount");
        assertThat(lines[1]).startsWith("line,Programme,P1,Night outreach,3650.00,3650.00,3650.00,530.50,530.50,"
                + "3119.50,14.53,100.00,");
        // then the year's 8 funding figures and 4 for each of the two donors, then the two rates used
        assertThat(lines).extracting(l -> l.split(",")[0]).startsWith("row_type", "line", "line", "subtotal", "line",
                "subtotal", "total").hasSize(7 + 8 + 2 * 4 + 2);
        assertThat(List.of(lines).subList(7, lines.length - 2)).allMatch(l -> l.startsWith("funding,"));
        assertThat(lines[lines.length - 2]).isEqualTo("rate,KHR,KHR per USD,\"1 USD = 4,000 KHR: rates.csv,"
                + " February 2019, National Bank of Cambodia monthly average (1 expense)\"" + ",".repeat(19) + ",4000");
        assertThat(lines[lines.length - 1]).startsWith("rate,KHR,KHR per USD,\"1 USD = 4,100 KHR: the rate on the"
                + " expense row (1 expense)\",").endsWith(",4100");
        assertThat(lines[6]).startsWith("total,,,,6650.00,6650.00,6650.00,1180.50,1180.50,5469.50,");
    }

    @Test
    void anUnknownForecastMethodInProjectYamlIsAUsageError(@TempDir Path folder) throws Exception {
        copy(Path.of(BASIC), folder);
        Files.writeString(folder.resolve("project.yaml"), "finance:\n  forecast: weekly\n",
                StandardOpenOption.APPEND);

        Run r = run("budget", folder.toString(), "--period", "Y1", "--as-of", "2020-01-15");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("project.yaml:12: error: finance.forecast \"weekly\" is not linear or phasing");
    }

    @Test
    void aBadPeriodIsAUsageErrorAndAMissingOneIsTheLatestYearWithData() {
        Run bad = run("budget", BASIC, "--period", "Y3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("fieldreport: --period Y3: the project has one year (Y1)");
        Run missing = run("budget", BASIC, "--as-of", "2019-06-30");
        assertThat(missing.code()).isNotEqualTo(2);
        assertThat(missing.err()).startsWith("fieldreport: period Year 1 (");
        assertThat(missing.out()).isEqualTo(run("budget", BASIC, "--as-of", "2019-06-30", "-p", "Y1").out());
    }

    @Test
    void byDefaultTheTableFitsAHundredColumnsAndSaysWhatItLeftOut() {
        Run r = run("budget", "sample-data", "--period", "Y1-Q2", "--as-of", "2019-06-30");
        String table = r.out().substring(r.out().indexOf("\n\n") + 2, r.out().indexOf("\n(left out"));
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(table).contains("budget", "actual", "flags", "\nline ");
        assertThat(r.out()).contains("(left out to fit 100 columns: % of year, variance against budget to date,"
                + " KHR booked, remaining,");
        assertThat(run("budget", "sample-data", "--period", "Y1-Q2", "--as-of", "2019-06-30", "--wide").out())
                .contains("% of year", "KHR booked").doesNotContain("left out to fit");
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample project over every kind of period, against figures worked out by hand from the sample CSV files. The
 * money was recomputed with a small script apart from fieldreport: each expense of expenses.csv divided by its row
 * rate (else the month's rate in rates.csv), rounded half up to the cent, then summed over the dates of the period.
 * Pro-rated targets are the yearly target × days of the period / days of the project year, half up to a whole one.
 */
class SamplePeriodsTest {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private static JsonNode json(String command, String... period) throws Exception {
        String[] args = new String[period.length + 4];
        args[0] = command;
        args[1] = "sample-data";
        System.arraycopy(period, 0, args, 2, period.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return EXACT.readTree(run.out());
    }

    private static JsonNode indicator(JsonNode root, String id) {
        return IndicatorsCommandTest.indicator(root, id);
    }

    @Test
    void yearOneSpendsEachExpenseAtTheCent() throws Exception {
        JsonNode budget = json("budget", "--period", "Y1");
        assertThat(budget.at("/total/actual").toString()).isEqualTo("43584.07");
        assertThat(budget.at("/total/budget").toString()).isEqualTo("45000.00");
        assertThat(budget.at("/total/original_amounts/KHR").toString()).doesNotContain(".");
        assertThat(budget.get("monthly").size()).isEqualTo(12);
        JsonNode indicators = json("indicators", "--period", "Y1");
        assertThat(indicator(indicators, "spent").get("value").toString()).isEqualTo("43584.07");
        assertThat(indicator(indicators, "outreach_nights").get("target").asInt()).isEqualTo(260);
    }

    @Test
    void aQuarterUsesTheQuarterlyTargetsAndGivesNoneToWhatHasNone() throws Exception {
        JsonNode budget = json("budget", "--period", "Y1-Q2");
        assertThat(budget.at("/total/period_actual").toString()).isEqualTo("10528.73");   // March to May 2019
        assertThat(budget.at("/total/actual").toString()).isEqualTo("20754.80");          // December to May
        assertThat(budget.get("monthly").size()).isEqualTo(6);
        JsonNode q = json("indicators", "--period", "Y1-Q2");
        assertThat(indicator(q, "spent").get("value").toString()).isEqualTo("10528.73");
        assertThat(indicator(q, "budget_year").get("value").toString())
                .isEqualTo(budget.at("/total/period_budget").toString());
        assertThat(indicator(q, "outreach_nights").get("target").asInt()).isEqualTo(65);   // declared quarter
        assertThat(indicator(q, "outreach_nights").get("target_year").asInt()).isEqualTo(260);   // targets.year
        assertThat(indicator(q, "children_attending").get("target").asInt()).isEqualTo(150);
        assertThat(indicator(q, "prevention_quarters").get("target").asInt()).isEqualTo(1);
        // distinct, first-time and regular counts have only a yearly target: no target, no status
        for (String id : new String[] {"new_children_attending", "kids_club_children", "arts_children",
            "kids_club_regulars"}) {
            assertThat(indicator(q, id).get("target").isNull()).as(id).isTrue();
            assertThat(indicator(q, id).get("status").isNull()).as(id).isTrue();
        }
        // 2,500 contacts a year over March to May (92 of 365 days): 630.14, shown as a whole 630
        assertThat(indicator(q, "outreach_contacts").get("target").toString()).isEqualTo("630");
        assertThat(indicator(q, "outreach_contacts").get("target_prorated").asBoolean()).isTrue();
    }

    @Test
    void aMonthWithoutTheQuarterlyProgrammeIsNotOffTrack() throws Exception {
        JsonNode budget = json("budget", "--period", "2019-06");
        assertThat(budget.at("/total/period_actual").toString()).isEqualTo("3148.10");
        JsonNode m = json("indicators", "--period", "2019-06");
        assertThat(indicator(m, "outreach_nights").get("target").asInt()).isEqualTo(22);   // declared month
        assertThat(indicator(m, "prevention_quarters").get("status").isNull()).isTrue();
        assertThat(indicator(m, "prevention_quarters").get("target").isNull()).isTrue();
        // declared for a month: compared; distinct, first-time and regular children with only a yearly target
        // (or none), and figures with no target at all: no target, no status
        assertThat(indicator(m, "children_attending").get("target").asInt()).isEqualTo(60);
        assertThat(indicator(m, "children_attending").get("status").asText()).isEqualTo("green");   // 200
        for (String id : new String[] {"new_children_attending", "kids_club_children", "kids_club_regulars",
            "arts_children", "prevention_participants", "prevention_sessions", "interventions"}) {
            assertThat(indicator(m, id).get("target").isNull()).as(id).isTrue();
            assertThat(indicator(m, id).get("status").isNull()).as(id).isTrue();
        }
        // 2,500 contacts a year over June (30 of 365 days): 205.48, shown as 205; 178 is 86.8 %: amber
        assertThat(indicator(m, "outreach_contacts").get("target").toString()).isEqualTo("205");
        assertThat(indicator(m, "outreach_contacts").get("status").asText()).isEqualTo("amber");
    }

    @Test
    void theMonthsReportShowsNoTargetForTheQuarterlyProgramme(@TempDir Path temp) throws Exception {
        CliRun run = CliRun.of("report", "sample-data", "--period", "2019-06", "--format", "html", "--out",
                temp.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document html = Jsoup.parse(Files.readString(temp.resolve("KHM-HPC-PSK-P01_2019-06_donor.html")));
        Element quarters = html.select("table.results-table tbody tr").stream()
                .filter(tr -> tr.text().startsWith("Quarters in which a prevention programme")).findFirst()
                .orElseThrow();
        assertThat(quarters.selectFirst("td.c-status").text()).isEqualTo("No target");
        assertThat(html.select("table.results-table td.c-status").eachText()).doesNotContain("Off track");
    }

    @Test
    void yearTwoIsReportedToTheLatestDateInTheData() throws Exception {
        JsonNode budget = json("budget", "--period", "Y2");
        // data to 29 February 2020: 91 of the 366 days of Year 2
        assertThat(budget.at("/period/label").asText())
                .isEqualTo("December 2019 \u2013 November 2020, in progress: data to 29 February 2020");
        assertThat(budget.at("/year/elapsed_days").asInt()).isEqualTo(91);
        assertThat(budget.at("/total/actual").toString()).isEqualTo("11703.13");
        assertThat(budget.at("/burn_rate/per_month").toString()).isEqualTo("3901.04");   // 11,703.13 / 3
        assertThat(budget.at("/burn_rate/elapsed_months").toString()).isEqualTo("3");
        assertThat(budget.get("monthly").size()).isEqualTo(3);
        JsonNode y2 = json("indicators", "--period", "Y2");
        assertThat(y2.at("/period/end").asText()).isEqualTo("2020-03-01");
        // a distinct count to date is not compared with the year's target
        assertThat(indicator(y2, "children_attending").get("status").isNull()).isTrue();
        // 2,500 contacts a year over 91 of 366 days: 621.58, shown as 622
        assertThat(indicator(y2, "outreach_contacts").get("target").toString()).isEqualTo("622");
        // nights are distinct dates, which add up: 260 a year over 91 of 366 days is 64.64, shown as 65 nights
        assertThat(indicator(y2, "outreach_nights").get("target").toString()).isEqualTo("65");
        assertThat(indicator(y2, "outreach_nights").get("target_prorated").asBoolean()).isTrue();
    }

    @Test
    void yearTwoAsOfTheFirstOfMarchCountsMarchAndWarnsThatItHasNoRows() throws Exception {
        JsonNode budget = json("budget", "--period", "Y2", "--as-of", "2020-03-01");
        assertThat(budget.at("/year/elapsed_days").asInt()).isEqualTo(92);
        assertThat(budget.at("/total/actual").toString()).isEqualTo("11703.13");
        CliRun report = CliRun.of("indicators", "sample-data", "--period", "Y2", "--as-of", "2020-03-01");
        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).contains("in progress: data to 1 March 2020");
        assertThat(report.err()).contains("data/outreach_nights.csv: warning: no outreach rows in March 2020");
        assertThat(report.err()).contains("data/attendance.csv: warning: no attendance rows in March 2020");
    }

    @Test
    void yearTwoAsOfTheFirstOfMarchHasOnePaceLineThatEndsAtTheBudgetToDate() throws Exception {
        // 1 March counted in full: 92 of the 366 days of Year 2. Each Year 2 line of budget.csv × 92 / 366, half up
        // to the cent: 2,513.66 + 1,106.01 + 1,106.01 + 955.19 + 653.55 + 527.87 + 1,206.56 + 2,413.11 + 628.42
        // + 175.96 + 603.28 + 301.64 + 351.91 = 12,543.17; to 29 February (91 days) the same sum is 12,406.83.
        JsonNode budget = json("budget", "--period", "Y2", "--as-of", "2020-03-01");
        assertThat(budget.at("/total/budget_to_date").toString()).isEqualTo("12543.17");
        assertThat(budget.at("/total/variance").toString()).isEqualTo("-840.04");   // 11,703.13 - 12,543.17
        JsonNode monthly = budget.get("monthly");
        assertThat(monthly.size()).isEqualTo(4);   // December to March, the month the as-of date begins
        assertThat(monthly.get(2).get("cumulative_budget_pace").toString()).isEqualTo("12406.83");
        JsonNode march = monthly.get(3);
        assertThat(march.get("month").asText()).isEqualTo("2020-03");
        assertThat(march.get("cumulative_budget_pace").toString()).isEqualTo("12543.17");   // to 1 March, not 31
        assertThat(march.get("budget_pace").toString()).isEqualTo("136.34");              // 12,543.17 - 12,406.83
        assertThat(march.get("cumulative_actual").toString()).isEqualTo("11703.13");
        // 3 months and 1 of March's 31 days: 11,703.13 / (3 + 1/31) = 3,859.54 a month
        assertThat(budget.at("/burn_rate/per_month").toString()).isEqualTo("3859.54");

        JsonNode indicators = json("indicators", "--period", "Y2", "--as-of", "2020-03-01");
        assertThat(indicator(indicators, "budget_year").get("value").toString()).isEqualTo("12543.17");
        CliRun text = CliRun.of("budget", "sample-data", "--period", "Y2", "--as-of", "2020-03-01", "--wide");
        assertThat(text.out()).contains("Year elapsed at the period's end: 25.14 % (92 of 366 days)")
                .containsPattern("\nTotal +49,900\\.00 +12,543\\.17 +12,543\\.17 +11,703\\.13 +11,703\\.13 ")
                .containsPattern("\n2020-03 +136\\.34 +12,543\\.17 +0\\.00 +11,703\\.13\n");
    }

    @Test
    void theQuartersBudgetTablesNameTheSameBasesWithTheSameFiguresInEveryFormat(@TempDir Path temp)
            throws Exception {
        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1-Q2", "--format", "html,xlsx", "--out",
                temp.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> bases = List.of("Budget for the year", "Budget to date", "Actual in the period",
                "Actual year to date");
        // P1: 9,600 for the year; to 31 May 182 of 365 days, 4,786.85; its expenses of March to May and of
        // December to May, each converted and rounded to the cent, 2,394.01 and 4,570.18
        List<String> p1 = List.of("9,600.00", "4,786.85", "2,394.01", "4,570.18");

        Document html = Jsoup.parse(Files.readString(temp.resolve("KHM-HPC-PSK-P01_Y1-Q2_donor.html")));
        Element table = html.selectFirst("table.budget-table");
        assertThat(table.select("thead th").eachText().subList(1, 5)).isEqualTo(bases);
        Element row = table.select("tbody tr").stream().filter(tr -> tr.text().startsWith("P1 ")).findFirst()
                .orElseThrow();
        assertThat(row.select("td.num").eachText().subList(0, 4)).isEqualTo(p1);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
                temp.resolve("KHM-HPC-PSK-P01_Y1-Q2_donor.xlsx")))) {
            Sheet sheet = wb.getSheet("Budget");
            Row header = sheet.getRow(2);
            assertThat(List.of(2, 3, 4, 5).stream().map(c -> header.getCell(c).getStringCellValue()).toList())
                    .isEqualTo(bases);
            Row line = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "P1".equals(r.getCell(0).toString())).findFirst()
                    .orElseThrow();
            // the actuals are SUMIFS whose cached doubles show at the cent under the cells' two-decimal format
            assertThat(List.of(2, 3, 4, 5).stream().map(c -> java.math.BigDecimal.valueOf(line.getCell(c)
                    .getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).toList())
                    .containsExactly("9600.00", "4786.85", "2394.01", "4570.18");
        }

        CliRun text = CliRun.of("budget", "sample-data", "--period", "Y1-Q2", "--wide");
        assertThat(text.out()).contains("budget for the year  budget to date  budget for the period  actual in the"
                + " period  actual year to date").containsPattern("\n  P1 Night outreach, Riverfront +9,600\\.00"
                + " +4,786\\.85 +2,419\\.73 +2,394\\.01 +4,570\\.18 ");
    }

    @Test
    void aMonthWithNoRowsAtAllIsWarnedOfFileByFileAndSiteBySite() {
        CliRun indicators = CliRun.of("indicators", "sample-data", "--period", "2020-03", "--as-of", "2020-03-31");
        assertThat(indicators.exitCode()).isZero();
        assertThat(indicators.err())
                .contains("data/outreach_nights.csv: warning: no outreach rows in March 2020; its figures are zeros")
                .contains("data/attendance.csv: warning: no attendance rows in March 2020")
                .contains("project.yaml: warning: site \"Riverfront\" has no outreach or attendance rows in"
                        + " March 2020")
                .contains("project.yaml: warning: site \"Stung Mean Chey\" has no outreach or attendance rows");
        CliRun budget = CliRun.of("budget", "sample-data", "--period", "2020-03", "--as-of", "2020-03-31");
        assertThat(budget.err()).contains("data/expenses.csv: warning: no expenses in March 2020; spending shows as"
                + " 0.00; check that the export covers the period");
    }

    @Test
    void yearToDateAndAnExplicitRangeGiveTheirOwnSpans() throws Exception {
        JsonNode ytd = json("budget", "--period", "year-to-date", "--as-of", "2020-02-15");
        assertThat(ytd.at("/period/key").asText()).isEqualTo("Y2-to-2020-01");
        assertThat(ytd.at("/total/actual").toString()).isEqualTo("7768.76");   // December 2019 and January 2020
        JsonNode range = json("indicators", "--period", "2019-01-01..2019-03-31");
        assertThat(indicator(range, "spent").get("value").toString()).isEqualTo("10254.48");
        assertThat(indicator(range, "outreach_contacts").get("value").asInt()).isEqualTo(626);
        // 2,500 × 90 / 365 = 616.44: 616
        assertThat(indicator(range, "outreach_contacts").get("target").toString()).isEqualTo("616");
    }
}

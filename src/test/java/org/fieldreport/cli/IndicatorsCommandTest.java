package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fieldreport indicators} through the real command line, on two small projects under
 * {@code src/test/resources/projects}: "mini" (Year 1 from December, the built-in catalogue) and "april" (other
 * sites and activities, Year 1 from April, its own indicators). Expected figures are counted by hand from their
 * CSV files.
 */
class IndicatorsCommandTest {

    private static final String MINI = "src/test/resources/projects/mini";
    private static final String APRIL = "src/test/resources/projects/april";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static JsonNode json(CliRun run) throws IOException {
        return JSON.readTree(run.out());
    }

    /** The indicator of {@code id} in an indicators or report JSON document. */
    static JsonNode indicator(JsonNode root, String id) {
        for (JsonNode i : root.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @Test
    void catalogueForYearOneAsJson() throws IOException {
        CliRun run = CliRun.of("indicators", MINI, "--period", "Y1", "--format", "json", "--as-of", "2020-01-10");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = json(run);
        assertThat(root.get("schema").asText()).isEqualTo("fieldreport.indicators/1");
        assertThat(root.get("project").get("code").asText()).isEqualTo("TEST-MINI");
        assertThat(root.get("period").get("start").asText()).isEqualTo("2018-12-01");
        assertThat(root.get("period").get("end").asText()).isEqualTo("2019-12-01");
        assertThat(root.get("period").get("label").asText()).isEqualTo("December 2018 \u2013 November 2019");
        assertThat(root.get("as_of").asText()).isEqualTo("2020-01-10");

        assertThat(indicator(root, "outreach_nights").get("value").asInt()).isEqualTo(3);
        assertThat(indicator(root, "outreach_contacts").get("value").asInt()).isEqualTo(30); // not Y2's 20
        assertThat(indicator(root, "girls_contacted").get("value").asInt()).isEqualTo(16);
        assertThat(indicator(root, "boys_contacted").get("value").asInt()).isEqualTo(14);
        JsonNode disclosures = indicator(root, "disclosures");
        assertThat(disclosures.get("value").asInt()).isEqualTo(2);
        assertThat(disclosures.get("sensitive").asBoolean()).isTrue();
        assertThat(disclosures.get("counts_people").asBoolean()).isTrue();
        assertThat(disclosures.get("breakdown").get("area").toString())
                .isEqualTo("{\"Riverfront\":1,\"Stung Mean Chey\":1}");

        JsonNode children = indicator(root, "children_attending");
        assertThat(children.get("value").asInt()).isEqualTo(6); // C1 attends in four months, counted once
        assertThat(children.get("breakdown").get("sex").toString()).isEqualTo("{\"F\":3,\"M\":2,\"X\":1}");
        assertThat(indicator(root, "new_children_attending").get("value").asInt()).isEqualTo(6);
        assertThat(indicator(root, "kids_club_sessions").get("breakdown").get("site").toString())
                .isEqualTo("{\"Riverfront\":4,\"Stung Mean Chey\":1}");
        assertThat(indicator(root, "kids_club_regulars").get("value").asInt()).isEqualTo(1); // C1, 4 times

        JsonNode average = indicator(root, "kids_club_average");
        assertThat(average.get("value").decimalValue()).isEqualByComparingTo("1.40");
        assertThat(average.get("numerator").asInt()).isEqualTo(7);
        assertThat(average.get("denominator").asInt()).isEqualTo(5);
        assertThat(run.out()).contains("\"value\" : 1.40,");

        JsonNode perWeek = indicator(root, "nights_per_week");
        assertThat(perWeek.get("value").decimalValue()).isEqualByComparingTo("0.06");
        assertThat(perWeek.get("denominator").decimalValue()).isEqualByComparingTo("52.14");
        // the catalogue declares no target: the project declares none, so there is no status
        assertThat(perWeek.get("target").isNull()).isTrue();
        assertThat(perWeek.get("status").isNull()).isTrue();

        JsonNode quarters = indicator(root, "prevention_quarters");
        assertThat(quarters.get("value").asInt()).isEqualTo(2);
        assertThat(quarters.get("denominator").asInt()).isEqualTo(4);
        assertThat(quarters.get("achieved").isNull()).isTrue();   // no declared target

        JsonNode spent = indicator(root, "spent");
        assertThat(spent.get("available").asBoolean()).isTrue();
        assertThat(spent.get("value").decimalValue()).isEqualByComparingTo("100.00");

        JsonNode quality = root.get("data_quality");
        assertThat(quality.get("errors").asInt()).isZero();
        assertThat(quality.get("files").get(1).get("file").asText()).isEqualTo("data/attendance.csv");
        assertThat(quality.get("files").get(1).get("accepted").asInt()).isEqualTo(13);
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({
        "Y1, 2020-01-10, Y1, 2018-12-01, 2019-12-01, 30",
        "Y2, 2020-01-10, Y2, 2019-12-01, 2020-01-11, 20",   // in progress: to the as-of date, counted in full
        "Y1-Q1, 2020-01-10, Y1-Q1, 2018-12-01, 2019-03-01, 30",
        "Y1-Q2, 2020-01-10, Y1-Q2, 2019-03-01, 2019-06-01, 0",
        "2019, 2020-01-10, 2019, 2019-01-01, 2020-01-01, 27",
        "2019-Q1, 2020-01-10, 2019-Q1, 2019-01-01, 2019-04-01, 7",
        "2018-12, 2020-01-10, 2018-12, 2018-12-01, 2019-01-01, 23",
        "2018-12-04..2019-01-10, 2020-01-10, 2018-12-04_2019-01-10, 2018-12-04, 2019-01-11, 15",
        "last-month, 2019-02-28, 2019-01, 2019-01-01, 2019-02-01, 7",
        "this-year, 2019-12-02, Y2, 2019-12-01, 2019-12-03, 20",
        "year-to-date, 2019-02-03, Y1-to-2019-01, 2018-12-01, 2019-02-01, 30"
    })
    void everyPeriodForm(String period, String asOf, String key, String start, String end, int contacts)
            throws IOException {
        CliRun run = CliRun.of("indicators", MINI, "--period", period, "--format", "json", "--as-of", asOf);
        assertThat(run.exitCode()).isZero();
        JsonNode root = json(run);
        assertThat(root.get("period").get("key").asText()).isEqualTo(key);
        assertThat(root.get("period").get("start").asText()).isEqualTo(start);
        assertThat(root.get("period").get("end").asText()).isEqualTo(end);
        assertThat(indicator(root, "outreach_contacts").get("value").asInt()).isEqualTo(contacts);
    }

    @Test
    void secondProjectWithItsOwnIndicatorsAndAnAprilYear() throws IOException {
        JsonNode y1 = json(CliRun.of("indicators", APRIL, "--period", "Y1", "--format", "json", "--as-of",
                "2021-05-01"));
        assertThat(y1.get("period").get("label").asText()).isEqualTo("April 2020 \u2013 March 2021");
        assertThat(y1.get("indicators")).hasSize(10);
        JsonNode learners = indicator(y1, "learners");
        assertThat(learners.get("value").asInt()).isEqualTo(4); // K1 in April and May counts once
        assertThat(learners.get("counts_people").asBoolean()).isTrue();
        assertThat(learners.get("breakdown").get("site").toString()).isEqualTo("{\"Gulu\":2,\"Lira\":3}");
        assertThat(learners.get("breakdown").get("age_band").toString())
                .isEqualTo("{\"0-9\":2,\"10-17\":1,\"18+\":1}");
        assertThat(learners.get("breakdown").get("month").get("2021-03").asInt()).isEqualTo(1);
        assertThat(indicator(y1, "literacy_sessions").get("breakdown").get("quarter").toString())
                .isEqualTo("{\"Y1-Q1\":3,\"Y1-Q2\":0,\"Y1-Q3\":0,\"Y1-Q4\":1}");
        JsonNode football = indicator(y1, "football_players");
        assertThat(football.get("value").asInt()).isEqualTo(3);
        assertThat(football.get("achieved").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(football.get("status").asText()).isEqualTo("red");
        assertThat(indicator(y1, "new_players").get("value").asInt()).isEqualTo(3);
        JsonNode share = indicator(y1, "girls_share");
        assertThat(share.get("value").decimalValue()).isEqualByComparingTo("50.00"); // 3 girls of 6 children
        assertThat(share.get("achieved").decimalValue()).isEqualByComparingTo("100.0"); // (50-30)/(50-30)
        assertThat(share.get("status").asText()).isEqualTo("green");
        assertThat(indicator(y1, "lit_regulars").get("value").asInt()).isEqualTo(1);
        JsonNode months = indicator(y1, "literacy_months");
        assertThat(months.get("value").asInt()).isEqualTo(1); // only April 2020 had two sessions
        assertThat(months.get("denominator").asInt()).isEqualTo(12);
        assertThat(months.get("status").asText()).isEqualTo("red"); // 8.3 %, below the project's amber of 60

        JsonNode y2 = json(CliRun.of("indicators", APRIL, "--period", "Y2", "--format", "json", "--as-of",
                "2021-05-01"));
        assertThat(indicator(y2, "learners").get("value").asInt()).isEqualTo(1); // the 1 April 2021 class only
        assertThat(indicator(y2, "football_players").get("value").asInt()).isEqualTo(1);
        assertThat(indicator(y2, "new_players").get("value").asInt()).isZero(); // K4 played in Year 1

        JsonNode q4 = json(CliRun.of("indicators", APRIL, "--period", "Y1-Q4", "--format", "json"));
        assertThat(q4.get("period").get("label").asText()).isEqualTo("Q4 of Year 1 (January \u2013 March 2021)");
        JsonNode footballQ4 = indicator(q4, "football_players");
        assertThat(footballQ4.get("value").asInt()).isEqualTo(1);
        // distinct players are not additive: the yearly 10 says nothing of a quarter, and no quarterly target is
        // declared, so no target, % achieved or status (pro-rated it was 2.47 and "red")
        assertThat(footballQ4.get("target").isNull()).isTrue();
        assertThat(footballQ4.get("target_prorated").asBoolean()).isFalse();
        assertThat(footballQ4.get("achieved").isNull()).isTrue();
        assertThat(footballQ4.get("status").isNull()).isTrue();
    }

    @Test
    void textTableIsPlainWhenPiped() {
        CliRun run = CliRun.of("indicators", APRIL, "--period", "Y1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\u001B[");
        assertThat(run.out()).contains("Indicators for April 2020 \u2013 March 2021\n");
        assertThat(run.out()).containsPattern("football_players +Football players +10 +3 +30\\.0 % +red\n");
        assertThat(run.out()).contains("    = 3 / 6 children\n");
        assertThat(run.out()).contains("    by site: Gulu: 2, Lira: 3\n");
        assertThat(run.out()).contains("Data quality: 0 errors, 0 warnings; no rows excluded\n");
    }

    @Test
    void csvHasOneRowPerIndicator() {
        CliRun run = CliRun.of("indicators", APRIL, "--period", "Y1", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).isEqualTo("period,id,label,section,unit,value,baseline,target,target_prorated,"
                + "achieved,status,numerator,denominator,denominator_unit,sensitive,counts_people");
        assertThat(lines).contains("Y1,girls_share,Share of girls among children,,percent,50.00,30,50,false,"
                + "100.0,green,3,6,children,false,false");
    }

    @Test
    void dataErrorsStillPrintTheFiguresButExitOne() throws IOException {
        Path project = copy(MINI);
        Files.writeString(project.resolve("data/attendance.csv"), "2019-05-01,Phnom Penh,kids_club,S10,C8,F,7\n",
                StandardOpenOption.APPEND);
        CliRun run = CliRun.of("indicators", project.toString(), "--period", "Y1", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("data/attendance.csv:15:2: error:");
        JsonNode root = json(run);
        assertThat(indicator(root, "children_attending").get("value").asInt()).isEqualTo(6);
        assertThat(root.get("data_quality").get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("data_quality").get("files").get(1).get("excluded").asInt()).isEqualTo(1);

        CliRun text = CliRun.of("indicators", project.toString(), "--period", "Y1");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("Data quality: 1 error, 0 warnings; rows excluded: data/attendance.csv 1");
    }

    /** A copy of the mini project with {@code count} activities extra_0, extra_1, ... declared before its own. */
    private Path withExtraActivities(int count) throws IOException {
        Path project = copy(MINI);
        Path yaml = project.resolve("project.yaml");
        String more = java.util.stream.IntStream.range(0, count).mapToObj(i -> "extra_" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        Files.writeString(yaml, Files.readString(yaml).replace("activities: [kids_club,",
                "activities: [" + more + ", kids_club,"));
        return project;
    }

    @Test
    void fiveThousandActivitiesAndAMillionChildrenThroughTheCommandLine() throws IOException {
        // Through ingest, the register and the engine: 1,000,000 rows, each a child of its own, at 5,000 activities
        // declared before the catalogue's (200 children each), one session per activity and day.
        Path project = withExtraActivities(5_000);
        StringBuilder csv = new StringBuilder("date,site,activity,session,child_code,sex,age\n");
        for (int i = 0; i < 1_000_000; i++) {
            int activity = i % 5_000;
            String day = java.time.LocalDate.of(2019, 1, 1).plusDays(i / 5_000 % 28).toString();
            csv.append(day).append(i % 2 == 0 ? ",Riverfront," : ",Stung Mean Chey,").append("extra_").append(activity)
                    .append(",S").append(activity).append('-').append(day).append(",C").append(i)
                    .append(i % 3 == 0 ? ",F," : ",M,").append(6 + i % 10).append('\n');
        }
        Files.writeString(project.resolve("data/attendance.csv"), csv);

        CliRun run = CliRun.of("indicators", project.toString(), "--period", "Y1", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode children = indicator(json(run), "children_attending");
        assertThat(children.get("value").asInt()).isEqualTo(1_000_000);
        JsonNode byActivity = children.get("breakdown").get("activity");
        for (String a : List.of("extra_0", "extra_1023", "extra_1024", "extra_4999")) {
            assertThat(byActivity.get(a).asInt()).as(a).isEqualTo(200);
        }
        assertThat(byActivity.get("kids_club").asInt()).isZero();
        assertThat(children.get("breakdown").get("site").get("Riverfront").asInt()).isEqualTo(500_000);
        assertThat(children.get("breakdown").get("sex").get("F").asInt()).isEqualTo(333_334);
    }

    @Test
    void activitiesDeclaredAfterAThousandOthersKeepTheirFigures() throws IOException {
        // The old packed store had room for 1,024 activities: from there on an activity's rows counted under
        // another, and every kids-club, arts and counselling figure came out 0.
        Path project = withExtraActivities(1_030);
        JsonNode plain = json(CliRun.of("indicators", MINI, "--period", "Y1", "--format", "json"));
        CliRun run = CliRun.of("indicators", project.toString(), "--period", "Y1", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = json(run);
        assertThat(indicator(root, "kids_club_sessions").get("value").asInt()).isEqualTo(5);
        assertThat(indicator(root, "kids_club_regulars").get("value").asInt()).isEqualTo(1);
        assertThat(indicator(root, "kids_club_average").get("value").decimalValue()).isEqualByComparingTo("1.40");
        assertThat(indicator(root, "children_attending").get("breakdown").get("activity").get("kids_club").asInt())
                .isEqualTo(4);
        assertThat(indicator(root, "children_attending").get("breakdown").get("activity").get("extra_1029").asInt())
                .isZero();
        for (JsonNode expected : plain.get("indicators")) {
            JsonNode actual = indicator(root, expected.get("id").asText());
            assertThat(actual.get("value")).as(expected.get("id").asText()).isEqualTo(expected.get("value"));
            JsonNode breakdown = expected.get("breakdown");
            for (String dimension : breakdown == null ? List.<String>of() : iterable(breakdown.fieldNames())) {
                if (!dimension.equals("activity")) {
                    assertThat(actual.get("breakdown").get(dimension)).as(expected.get("id").asText() + " by "
                            + dimension).isEqualTo(breakdown.get(dimension));
                }
            }
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void aBadPeriodIsAUsageErrorAndAMissingOneIsChosen() {
        CliRun bad = CliRun.of("indicators", MINI, "--period", "Y9");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("fieldreport: --period Y9: the project has 2 years (Y1 to Y2)\n");

        CliRun missing = CliRun.of("indicators", MINI, "--as-of", "2020-01-15");
        assertThat(missing.exitCode()).isNotEqualTo(2);
        assertThat(missing.err()).startsWith("fieldreport: period Year ")
                .contains("the latest project year with data; --period chooses another");

        CliRun badDate = CliRun.of("indicators", MINI, "--period", "Y1", "--as-of", "15/01/2020");
        assertThat(badDate.exitCode()).isEqualTo(2);
    }

    @Test
    void wrongIndicatorInProjectFileIsAUsageErrorNamingItsLine() throws IOException {
        Path project = copy(APRIL);
        Path yaml = project.resolve("project.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("numerator: girls_attending",
                "numerator: girls_attendin"));
        CliRun run = CliRun.of("indicators", project.toString(), "--period", "Y1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("project.yaml:63: error: indicator \"girls_share\": numerator"
                + " \"girls_attendin\" is not an indicator of this project; did you mean \"girls_attending\"?\n");
    }

    private Path copy(String project) {
        Path from = Path.of(project);
        return org.fieldreport.ProjectCopy.copy(from, temp.resolve(from.getFileName().toString()));
    }
}

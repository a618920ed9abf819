package org.fieldreport.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.render.ReportContents;
import org.fieldreport.render.xlsx.WorkbookAssembly;
import org.fieldreport.render.xlsx.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's JSON, from the hand-counted fixture project (src/test/resources/projects/report). */
class ReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static PublishedReport content(Audience audience) {
        return ReportContents.of(ReportContents.FIXTURE, "Y1", audience);
    }

    static JsonNode json(PublishedReport content) throws IOException {
        return MAPPER.readTree(ReportJson.render(content));
    }

    static JsonNode indicator(JsonNode json, String id) {
        for (JsonNode i : json.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @Test
    void theHeaderNamesTheSchemaPeriodAndAudienceInAFixedOrder() throws IOException {
        JsonNode json = json(content(Audience.DONOR));

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "project", "period", "as_of", "audience", "indicators", "budget",
                "data_quality", "sources", "command");
        assertThat(json.get("schema").asText()).isEqualTo("fieldreport.report/3");
        assertThat(json.at("/period/key").asText()).isEqualTo("Y1");
        assertThat(json.at("/period/start").asText()).isEqualTo("2019-01-01");
        assertThat(json.at("/period/end").asText()).isEqualTo("2020-01-01");
        assertThat(json.at("/period/label").asText()).isEqualTo("January – December 2019");
        assertThat(json.get("as_of").asText()).isEqualTo("2020-01-15");
        assertThat(json.at("/audience/name").asText()).isEqualTo("donor");
        assertThat(json.at("/audience/confidential").asBoolean()).isFalse();
        assertThat(json.at("/audience/suppression").asText()).startsWith("donor: counts of people below 5 shown as <5");
        assertThat(json.at("/sources/1/file").asText()).isEqualTo("data/attendance.csv");
        assertThat(json.at("/sources/1/rows_read").asInt()).isEqualTo(11);
        assertThat(json.at("/sources/1/sha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void aSmallCountIsItsMarkForADonorAndNoNumberGivesItAway() throws IOException {
        JsonNode arts = indicator(json(content(Audience.DONOR)), "arts_children");

        assertThat(arts.get("value").isTextual()).isTrue();
        assertThat(arts.get("value").asText()).isEqualTo("<5");
        assertThat(arts.get("suppressed").asBoolean()).isTrue();
        // % achieved of a withheld figure is withheld too, never the figure's "<5" (it would read as under 5 %)
        assertThat(arts.get("achieved").asText()).isEqualTo("withheld");
        assertThat(arts.get("status").isNull()).isTrue();
        assertThat(arts.get("status_withheld").asBoolean()).isTrue();
        assertThat(arts.get("numerator").isNull()).isTrue();
        assertThat(arts.get("denominator").isNull()).isTrue();
        // the only numbers left are the target's; none of them is the hidden 3 or its 30 %
        List<String> numbers = new ArrayList<>();
        arts.fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) {
                numbers.add(f.getKey() + "=" + f.getValue().asText());
            }
        });
        assertThat(numbers).containsExactly("target=10", "target_year=10");

        JsonNode attending = indicator(json(content(Audience.DONOR)), "children_attending");
        assertThat(attending.get("value").asInt()).isEqualTo(9);
        assertThat(attending.get("suppressed").asBoolean()).isFalse();
        assertThat(attending.get("any_suppressed").asBoolean()).isTrue();
        assertThat(attending.at("/breakdown/site/Stung Mean Chey").asText()).isEqualTo("<5");
    }

    @Test
    void internalJsonShowsEveryCountAndIsConfidential() throws IOException {
        JsonNode json = json(content(Audience.INTERNAL));
        JsonNode arts = indicator(json, "arts_children");

        assertThat(arts.get("value").isNumber()).isTrue();
        assertThat(arts.get("value").asInt()).isEqualTo(3);
        assertThat(arts.get("suppressed").asBoolean()).isFalse();
        assertThat(arts.get("achieved").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(arts.get("status").asText()).isEqualTo("red");
        assertThat(indicator(json, "children_attending").at("/breakdown/site/Stung Mean Chey").asInt()).isEqualTo(3);
        assertThat(json.at("/audience/confidential").asBoolean()).isTrue();
        assertThat(json.at("/audience/suppression").asText()).isEqualTo("internal (CONFIDENTIAL): nothing suppressed");
    }

    @Test
    void theBudgetIsTheBudgetJsonsBodyOrNullWithoutABudgetReport() throws IOException {
        PublishedReport content = content(Audience.DONOR);
        JsonNode json = json(content);
        JsonNode alone = MAPPER.readTree(BudgetJson.render(content.budget().orElseThrow(), "Report fixture",
                content.problems(), org.fieldreport.problem.ExitCode.OK, false));

        assertThat(json.at("/budget/total/budget").decimalValue()).isEqualByComparingTo("3500");
        assertThat(json.at("/budget/total/actual").decimalValue()).isEqualByComparingTo("1243");
        assertThat(json.at("/budget/needs_donor_approval/0/line_code").asText()).isEqualTo("P2");
        assertThat(json.at("/budget/funding/status_text").asText()).isEqualTo("fully funded");
        List<String> bodyKeys = new ArrayList<>();
        json.get("budget").fieldNames().forEachRemaining(k -> {
            bodyKeys.add(k);
            assertThat(json.get("budget").get(k)).as(k).isEqualTo(alone.get(k));
        });
        assertThat(bodyKeys).startsWith("currency", "period").endsWith("reconciliation", "expenses");

        PublishedReport withoutBudget = ReportContents.withoutBudget(ReportContents.FIXTURE, "Y1", Audience.DONOR);
        assertThat(json(withoutBudget).get("budget").isNull()).isTrue();
    }

    @Test
    void theJsonAndTheWorkbookSuppressTheSameCells() throws IOException {
        for (Audience audience : Audience.values()) {
            PublishedReport content = content(audience);
            JsonNode json = json(content);
            Path out = dir.resolve(audience.key() + ".xlsx");
            new WorkbookWriter().write(WorkbookAssembly.from(content), out,
                    content.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet results = wb.getSheet("Results");
                int r = 3;
                for (JsonNode indicator : json.get("indicators")) {
                    Row row = results.getRow(r++);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(indicator.get("label").asText());
                    Cell actual = row.getCell(4);
                    String where = audience.key() + " " + indicator.get("id").asText();
                    if (indicator.get("value").isTextual()) {
                        assertThat(actual.getCellType()).as(where).isEqualTo(CellType.STRING);
                        assertThat(actual.getStringCellValue()).as(where).isEqualTo(indicator.get("value").asText());
                    } else {
                        assertThat(actual.getNumericCellValue()).as(where)
                                .isEqualTo(indicator.get("value").asDouble());
                    }
                }
                assertThat(r).isEqualTo(3 + json.get("indicators").size());
            }
            if (audience == Audience.INTERNAL) {
                assertThat(count(json, "<5")).isZero();
            }
        }
        assertThat(count(json(content(Audience.DONOR)), "<5")).isPositive();
    }

    private static long count(JsonNode node, String text) {
        if (node.isTextual()) {
            return node.asText().equals(text) ? 1 : 0;
        }
        long n = 0;
        for (JsonNode child : node) {
            n += count(child, text);
        }
        return n;
    }

    @Test
    void noChildCodeAppearsInTheJsonForAnyAudience() throws IOException {
        for (Audience audience : Audience.values()) {
            PublishedReport content = content(audience);
            assertThat(ReportContents.childCodes(ReportContents.FIXTURE).find(ReportJson.render(content)))
                    .as(audience.key()).isEmpty();
        }
    }

    @Test
    void theSameContentGivesTheSameText() {
        assertThat(ReportJson.render(content(Audience.PUBLIC))).isEqualTo(ReportJson.render(content(Audience.PUBLIC)));
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports in the shape their tools write them, read through project.yaml alone (src/test/resources/exports/kisumu):
 * an HXL outreach log with a title row above the header and hashtags as mapping targets; a KoboToolbox form for
 * one site in Spanish (values and map); a wide budget by cost centre with calendar years as columns and line codes
 * joined from two columns; an accounting export whose amounts carry currency codes, symbols, DR, CR and a trailing
 * minus, dated with numeric offsets; a donor portal's funding with its own words for kinds. Every figure is worked
 * out by hand in the comments.
 */
class MappedExportsTest {

    private static final String KISUMU = "src/test/resources/exports/kisumu";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void theExportsValidateWithOnlyTheCreditRowToReport() {
        CliRun run = CliRun.of("validate", KISUMU, "--strict");
        // Kobo's start, end and _-columns, the include-free HXL notes column and the headers that line_code and
        // years_as_columns read are all explained: the one warning is the statement's money coming in.
        assertThat((run.err() + run.out()).lines().filter(l -> l.contains(": warning: ") || l.contains(": error: ")).toList())
                .containsExactly("exports/ledger.csv:6: warning: 1 row is money coming in (marked CR), not spending"
                        + " (line 6): left out and counted as excluded in the reconciliation");
        assertThat(run.exitCode()).isEqualTo(1); // --strict: the warning counts
        assertThat(run.out()).containsPattern("exports/budget-by-cost-centre.csv\\s+7\\s+7\\s+0");
        assertThat(CliRun.of("validate", KISUMU).exitCode()).isZero();
    }

    @Test
    void outreachFromHxlAndAttendanceFromKoboGiveTheirCounts() throws IOException {
        JsonNode y1 = json("indicators", KISUMU, "-p", "Y1", "-f", "json", "--as-of", "2020-02-01");
        // three nights in 2019 (the fourth is 2020): 12 + 9 + 10 children, girls 5 + 4 + 6, boys 7 + 5 + 4
        assertThat(value(y1, "outreach_nights")).isEqualTo(3);
        assertThat(value(y1, "outreach_contacts")).isEqualTo(31);
        assertThat(value(y1, "girls_contacted")).isEqualTo(15);
        assertThat(value(y1, "boys_contacted")).isEqualTo(16);
        assertThat(indicator(y1, "new_children_met").get("available").asBoolean()).isFalse();
        // NY-001 (Mujeres, mujeres), NY-002 (Hombres), NY-003 (femme): three children, two girls; two sessions
        JsonNode attending = indicator(y1, "children_attending");
        assertThat(attending.get("value").asInt()).isEqualTo(3);
        assertThat(cells(attending, "sex")).containsExactly("F=2", "M=1");
        assertThat(cells(attending, "site")).containsExactly("Nyalenda=3", "Manyatta=0");
        assertThat(value(y1, "kids_club_sessions")).isEqualTo(2);

        JsonNode y2 = json("indicators", KISUMU, "-p", "Y2", "-f", "json", "--as-of", "2021-02-01");
        assertThat(value(y2, "outreach_nights")).isEqualTo(1);
    }

    @Test
    void theWideBudgetAndTheLedgerGiveBudgetAgainstActual() throws IOException {
        JsonNode y1 = json("budget", KISUMU, "-p", "Y1", "-f", "json", "--as-of", "2020-02-01");
        // 2019 column: 600,000 + 400,000 + 150,000 + 120,000
        assertThat(y1.get("total").get("budget").decimalValue()).isEqualByComparingTo("1270000.00");
        // DR 200,000 + 100,000 + 45,000 - 5,000 (trailing minus: a refund) + 10,000; the CR 300,000 is left out
        assertThat(y1.get("total").get("actual").decimalValue()).isEqualByComparingTo("350000.00");
        List<String> lines = new ArrayList<>();
        for (JsonNode heading : y1.get("headings")) {
            for (JsonNode line : heading.get("lines")) {
                lines.add(line.get("line_code").asText() + " " + plain(line.get("budget")) + " " + plain(line.get("actual")));
            }
        }
        assertThat(lines).containsExactly("NBO-5100 600000 200000", "KSM-5100 400000 100000", "KSM-5200 150000 40000",
                "ALL-6100 120000 10000");
        JsonNode ledger = y1.get("reconciliation").get(0);
        assertThat(ledger.get("file").asText()).isEqualTo("exports/ledger.csv");
        assertThat(ledger.get("accepted").decimalValue()).isEqualByComparingTo("350000.00");
        assertThat(ledger.get("excluded").decimalValue()).isEqualByComparingTo("-300000.00");
        assertThat(ledger.get("balances").asBoolean()).isTrue();
        // Lake Fund: a "grant agreement" is its commitment, "IF" a receipt; year 2019 is Year 1
        assertThat(y1.get("funding").get("commitments").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(y1.get("funding").get("receipts").decimalValue()).isEqualByComparingTo("300000.00");

        // 2019-01-31 23:30 at -01:00 is 1 February in Nairobi: February holds 100,000 + 45,000 - 5,000
        JsonNode february = json("budget", KISUMU, "-p", "2019-02", "-f", "json", "--as-of", "2020-02-01");
        assertThat(february.get("total").get("period_actual").decimalValue()).isEqualByComparingTo("140000.00");
        // 2020 column: 650,000 + (blank) + 150,000 + 120,000
        JsonNode y2 = json("budget", KISUMU, "-p", "Y2", "-f", "json", "--as-of", "2021-02-01");
        assertThat(y2.get("total").get("budget").decimalValue()).isEqualByComparingTo("920000.00");
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static String plain(JsonNode amount) {
        return amount.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static int value(JsonNode root, String id) {
        return indicator(root, id).get("value").asInt();
    }

    private static JsonNode indicator(JsonNode root, String id) {
        for (JsonNode i : root.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    private static List<String> cells(JsonNode indicator, String dimension) {
        List<String> out = new ArrayList<>();
        JsonNode cells = indicator.get("breakdown").get(dimension);
        cells.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
        return out;
    }
}

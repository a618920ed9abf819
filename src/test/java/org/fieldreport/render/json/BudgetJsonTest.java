package org.fieldreport.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fieldreport.app.BudgetCheck;
import org.junit.jupiter.api.Test;

/** The streamed budget JSON is the same document, byte for byte, as the one built in memory. */
class BudgetJsonTest {

    private final BudgetCheck check = BudgetCheck.of(Path.of("sample-data"), "Y1", LocalDate.of(2020, 1, 15),
            false);
    private final String name = check.loaded().data().project().name();

    @Test
    void writingToAStreamGivesTheRenderedBytes() {
        var problems = check.loaded().problems().freeze();

        String rendered = BudgetJson.render(check.budget(), name, problems, check.exitCode(), true);
        StringWriter streamed = new StringWriter();
        BudgetJson.write(check.budget(), name, problems, check.exitCode(), true, streamed);

        assertThat(streamed.toString()).isEqualTo(rendered);
        // 299500 KHR at the row rate 4010 is 74.688279..., half up at the cent: 74.69
        assertThat(rendered).contains("\"converted\" : [").contains("\"converted_amount\" : 74.69\n");
    }

    @Test
    void byDefaultTheExpensesAreCountedNotListed() {
        var problems = check.loaded().problems().freeze();
        String listed = BudgetJson.render(check.budget(), name, problems, check.exitCode(), true);
        String counted = BudgetJson.render(check.budget(), name, problems, check.exitCode(), false);

        int rows = check.budget().expenses().convertedCount();
        assertThat(rows).isPositive();
        assertThat(counted).contains("\"converted_count\" : " + rows + ",\n").contains("\"converted\" : null,\n")
                .doesNotContain("converted_amount");
        assertThat(listed).contains("\"converted_count\" : " + rows + ",\n");
        // everything before the expenses is the same
        assertThat(counted.substring(0, counted.indexOf("\"expenses\"")))
                .isEqualTo(listed.substring(0, listed.indexOf("\"expenses\"")));
    }
}

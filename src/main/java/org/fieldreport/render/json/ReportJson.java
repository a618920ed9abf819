package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.ProblemList;

/**
 * {@code report --format json}: schema {@code fieldreport.report/3} (src/site/report-json.md), the same report as the
 * PDF and the workbook of the run, for one audience. Indicators are written after suppression: a suppressed figure
 * (value, numerator, denominator, % achieved or a breakdown cell) is the string the other formats print instead of
 * it ({@code "<5"}, {@code "[c]"}), never the number; {@code "suppressed"} says the value is hidden,
 * {@code "any_suppressed"} that the value or a breakdown cell is. A status that would narrow a hidden value down is
 * null with {@code "status_withheld": true}. {@code budget} is the body of {@code fieldreport.budget/3}, the expenses
 * counted but not listed (null for a period spanning two project years). Keys are always present, in a fixed order,
 * and numbers are exact, as in {@link IndicatorsJson}.
 */
public final class ReportJson {

    public static final String SCHEMA = "fieldreport.report/3";

    private ReportJson() {
    }

    public static String render(PublishedReport content) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        RunHeader.write(root, content.scope());
        ArrayNode indicators = root.putArray("indicators");
        for (PublishedIndicator i : content.indicators()) {
            indicators.add(IndicatorsJson.indicator(i));
        }
        if (content.budget().isEmpty()) {
            root.putNull("budget");
        } else {
            root.set("budget", BudgetJson.body(content.budget().get()));
        }
        root.set("data_quality", dataQuality(content.problems()));
        ArrayNode sources = root.putArray("sources");
        for (SourceFile s : content.sources()) {
            sources.add(SourceJson.file(s, content.problems()));
        }
        root.put("command", content.command());
        return Json.write(root);
    }

    private static ObjectNode dataQuality(ProblemList problems) {
        ObjectNode q = Json.object();
        q.put("errors", problems.errorCount());
        q.put("warnings", problems.warningCount());
        q.put("not_listed", problems.notKept());
        ArrayNode list = q.putArray("problems");
        for (Problem p : problems.all()) {
            ObjectNode o = list.addObject();
            o.put("severity", p.severity().label());
            o.put("code", p.code());
            o.put("file", p.source().file());
            o.put("line", p.source().line());
            o.put("column", p.source().column());
            o.put("message", p.message());
            o.put("hint", p.hint());
        }
        return q;
    }
}

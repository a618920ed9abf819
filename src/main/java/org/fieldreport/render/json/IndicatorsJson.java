package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.fieldreport.indicators.Status;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedBreakdown;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedIndicators;
import org.fieldreport.problem.ProblemList;

/**
 * {@code indicators --format json}: schema {@code fieldreport.indicators/1}. Every key is always present (null when
 * it does not apply), numbers are exact ({@code 12}, {@code 4.62}), {@code period.end} is exclusive, and each
 * breakdown maps cell keys to values in a fixed order. The contract is documented in the README.
 */
public final class IndicatorsJson {

    public static final String SCHEMA = "fieldreport.indicators/1";

    private IndicatorsJson() {
    }

    public static String render(PublishedIndicators published) {
        Project project = published.scope().project();
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        RunHeader.write(root, published.scope());
        ObjectNode thresholds = root.putObject("status_thresholds");
        thresholds.put("green", project.status().green());
        thresholds.put("amber", project.status().amber());
        ArrayNode list = root.putArray("indicators");
        for (PublishedIndicator r : published.indicators()) {
            list.add(indicator(r));
        }
        root.set("data_quality", dataQuality(published.sources(), published.problems()));
        return Json.write(root);
    }

    /**
     * One indicator as the audience may see it: a suppressed figure is written as its mark ({@code "<5"}) and never
     * as a number. Shared by the indicators JSON and the report JSON.
     */
    public static ObjectNode indicator(PublishedIndicator i) {
        IndicatorDeclaration d = i.declaration();
        ObjectNode o = Json.object();
        o.put("id", i.id());
        o.put("label", i.label());
        o.put("section", d.section());
        o.put("unit", i.unit());
        o.put("measure", d.measure().key());
        o.put("direction", d.direction().name().toLowerCase(java.util.Locale.ROOT));
        o.put("sensitive", i.sensitive());
        o.put("counts_people", i.countsPeople());
        o.put("derived_from_people", i.derivedFromPeople());
        o.put("available", i.available());
        figure(o, "value", i.value());
        o.put("suppressed", i.value().isSuppressed());
        o.put("any_suppressed", i.anySuppressed());
        o.put("baseline", i.baseline());
        o.put("target", i.target());
        o.put("target_year", i.declaredTarget());
        o.put("target_prorated", i.targetProrated());
        figure(o, "achieved", i.achieved());
        o.put("status", i.status().map(Status::word).orElse(null));
        o.put("status_withheld", i.statusWithheld());
        figure(o, "numerator", i.numerator());
        figure(o, "denominator", i.denominator());
        o.put("denominator_unit", i.denominatorUnit());
        o.put("note", i.note());
        ObjectNode breakdown = o.putObject("breakdown");
        for (PublishedBreakdown b : i.breakdowns()) {
            ObjectNode cells = breakdown.putObject(b.dimension());
            for (PublishedBreakdown.Cell c : b.cells()) {
                figure(cells, c.key(), c.figure());
            }
        }
        o.put("breakdown_withheld", i.breakdownsWithheld());
        return o;
    }

    /** A figure as the audience sees it: its exact value, the mark that replaces it, or null. */
    private static void figure(ObjectNode o, String key, PublishedFigure f) {
        if (f.isSuppressed()) {
            o.put(key, f.mark());
        } else {
            o.put(key, f.value());
        }
    }

    private static ObjectNode dataQuality(List<SourceFile> sources, ProblemList problems) {
        ObjectNode q = Json.object();
        q.put("errors", problems.errorCount());
        q.put("warnings", problems.warningCount());
        ArrayNode files = q.putArray("files");
        for (SourceFile s : sources) {
            ObjectNode f = files.addObject();
            f.put("kind", s.kind().key());
            f.put("file", s.file());
            f.put("present", s.present());
            f.put("rows_read", s.rowsRead());
            f.put("accepted", s.accepted());
            f.put("excluded", s.excluded());
            f.put("errors", problems.errorCount(s.file()));
            f.put("warnings", problems.warningCount(s.file()));
        }
        return q;
    }
}

package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.fieldreport.indicators.Breakdown;
import org.fieldreport.indicators.BreakdownCell;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.Problems;

/**
 * {@code indicators --format json}: schema {@code fieldreport.indicators/1}. Every key is always present (null when
 * it does not apply), numbers are exact ({@code 12}, {@code 4.62}), {@code period.end} is exclusive, and each
 * breakdown maps cell keys to values in a fixed order. The contract is documented in the README.
 */
public final class IndicatorsJson {

    public static final String SCHEMA = "fieldreport.indicators/1";

    private IndicatorsJson() {
    }

    public static String render(Project project, ReportingPeriod period, LocalDate asOf,
                                List<IndicatorResult> results, List<SourceFile> sources, Problems problems) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        ObjectNode p = root.putObject("project");
        p.put("code", project.code());
        p.put("name", project.name());
        p.put("currency", project.currency());
        ObjectNode per = root.putObject("period");
        per.put("key", period.key());
        per.put("start", period.start().toString());
        per.put("end", period.end().toString());
        per.put("label", period.label());
        per.put("days", period.days());
        root.put("as_of", asOf.toString());
        ObjectNode thresholds = root.putObject("status_thresholds");
        thresholds.put("green", project.status().green());
        thresholds.put("amber", project.status().amber());
        ArrayNode list = root.putArray("indicators");
        for (IndicatorResult r : results) {
            list.add(indicator(r));
        }
        root.set("data_quality", dataQuality(sources, problems));
        return Json.write(root);
    }

    private static ObjectNode indicator(IndicatorResult r) {
        var d = r.declaration();
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.put("label", r.label());
        o.put("section", d.section());
        o.put("unit", r.unit());
        o.put("measure", d.measure().key());
        o.put("direction", d.direction().name().toLowerCase(java.util.Locale.ROOT));
        o.put("sensitive", r.sensitive());
        o.put("counts_people", r.countsPeople());
        o.put("derived_from_people", r.derivedFromPeople());
        o.put("available", r.available());
        o.put("value", r.value());
        o.put("baseline", r.baseline());
        o.put("target", r.target());
        o.put("target_year", r.declaredTarget());
        o.put("target_prorated", r.targetProrated());
        o.put("achieved", r.achieved());
        o.put("status", r.status().word());
        o.put("numerator", r.numerator());
        o.put("denominator", r.denominator());
        o.put("denominator_unit", r.denominatorUnit());
        o.put("note", r.note());
        ObjectNode breakdown = o.putObject("breakdown");
        for (Breakdown b : r.breakdowns()) {
            ObjectNode cells = breakdown.putObject(b.dimension());
            for (BreakdownCell c : b.cells()) {
                cells.put(c.key(), c.value());
            }
        }
        return o;
    }

    private static ObjectNode dataQuality(List<SourceFile> sources, Problems problems) {
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

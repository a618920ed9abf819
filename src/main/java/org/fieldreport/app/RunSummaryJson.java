package org.fieldreport.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.json.Json;

/**
 * {@code --summary}: the run as JSON for the scheduler, schema {@code fieldreport.run/1}: the command, the period,
 * each project's outputs (path, format, bytes, SHA-256), problems by severity and file, excluded rows, budget flags,
 * exit code, and the run's exit code and duration.
 */
public final class RunSummaryJson {

    public static final String SCHEMA = "fieldreport.run/1";

    private RunSummaryJson() {
    }

    public static String render(RunSummary summary) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("command", summary.request().command());
        root.put("period", summary.request().period());
        root.put("audience", summary.request().audience().key());
        ArrayNode formats = root.putArray("formats");
        summary.request().formats().stream().sorted().forEach(f -> formats.add(f.extension()));
        ArrayNode projects = root.putArray("projects");
        for (ProjectOutcome o : summary.projects()) {
            ObjectNode p = projects.addObject();
            p.put("folder", o.folder().toString());
            p.put("code", o.code());
            p.put("period", o.periodKey());
            p.put("exit_code", o.exitCode().code());
            if (o.error() != null) {
                p.put("error", o.error());
            }
            ArrayNode outputs = p.putArray("outputs");
            for (WrittenOutput w : o.outputs()) {
                ObjectNode out = outputs.addObject();
                out.put("path", w.path().toString());
                out.put("format", w.format().extension());
                out.put("bytes", w.bytes());
                out.put("sha256", w.sha256());
            }
            ObjectNode problems = p.putObject("problems");
            problems.put("errors", o.errors());
            problems.put("warnings", o.warnings());
            ObjectNode byFile = problems.putObject("by_file");
            o.problemsByFile().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                ObjectNode f = byFile.putObject(e.getKey());
                f.put("errors", e.getValue()[0]);
                f.put("warnings", e.getValue()[1]);
            });
            ArrayNode list = problems.putArray("list");
            for (Problem pr : o.problems()) {
                list.add(pr.format());
            }
            p.put("excluded_rows", o.excludedRows());
            ArrayNode flags = p.putArray("budget_flags");
            o.budgetFlags().forEach(flags::add);
            ObjectNode portfolio = p.putObject("key_figures");
            o.keyFigures().forEach(portfolio::put);
            if (o.spentPercent() != null) {
                p.put("budget_spent_percent", o.spentPercent());
            }
            if (o.fundingStatus() != null) {
                p.put("funding", o.fundingStatus());
            }
        }
        root.put("exit_code", summary.exitCode().code());
        root.put("duration_ms", summary.durationMillis());
        return Json.write(root);
    }
}

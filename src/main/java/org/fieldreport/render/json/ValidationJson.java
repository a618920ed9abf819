package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/** {@code validate --format json}: schema {@code fieldreport.validate/1}. */
public final class ValidationJson {

    public static final String SCHEMA = "fieldreport.validate/1";

    private ValidationJson() {
    }

    public static String render(Project project, List<SourceFile> sources, Problems problems, ExitCode exit) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        ObjectNode p = root.putObject("project");
        p.put("code", project.code());
        p.put("name", project.name());
        ArrayNode files = root.putArray("files");
        for (SourceFile s : sources) {
            files.add(SourceJson.file(s, problems.freeze()));
        }
        root.set("problems", problems(problems));
        root.put("errors", problems.errorCount());
        root.put("warnings", problems.warningCount());
        root.put("exit_code", exit.code());
        return Json.write(root);
    }

    static ArrayNode problems(Problems problems) {
        ArrayNode list = Json.object().arrayNode();
        for (Problem pr : problems.all()) {
            ObjectNode o = list.addObject();
            o.put("severity", pr.severity().label());
            o.put("code", pr.code());
            o.put("file", pr.source().file());
            o.put("line", pr.source().line());
            o.put("column", pr.source().column());
            o.put("message", pr.message());
            if (pr.hint() != null) {
                o.put("hint", pr.hint());
            }
        }
        return list;
    }
}

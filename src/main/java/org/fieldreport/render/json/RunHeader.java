package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.privacy.ReportScope;

/**
 * The keys every report-like JSON output starts with, after its schema: the project, the period (end exclusive), the
 * as-of date and the audience with the suppression rule applied.
 */
final class RunHeader {

    private RunHeader() {
    }

    static void write(ObjectNode root, ReportScope scope) {
        Project project = scope.project();
        ReportingPeriod period = scope.period();
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
        root.put("as_of", scope.asOf().toString());
        ObjectNode audience = root.putObject("audience");
        audience.put("name", scope.audience().key());
        audience.put("confidential", scope.audience().isConfidential());
        audience.put("suppression", scope.suppression());
        audience.put("legend", scope.legend());
    }
}

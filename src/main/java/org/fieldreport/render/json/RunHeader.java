package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.privacy.SuppressionPolicy;

/**
 * The keys every report-like JSON output starts with, after its schema: the project, the period (end exclusive), the
 * as-of date and the audience with the suppression rule applied.
 */
final class RunHeader {

    private RunHeader() {
    }

    static void write(ObjectNode root, Project project, ReportingPeriod period, LocalDate asOf,
                      SuppressionPolicy policy) {
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
        ObjectNode audience = root.putObject("audience");
        audience.put("name", policy.audience().key());
        audience.put("confidential", policy.audience().isConfidential());
        audience.put("suppression", policy.describe());
        audience.put("legend", policy.legend());
    }
}

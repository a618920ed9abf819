package org.fieldreport.render.template;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldreport.render.ReportView;
import org.w3c.dom.Document;

/**
 * A report view laid into a template: the filled XHTML, parsed. The template sees the view under {@code report},
 * the output format under {@code format} ("pdf" or "html") and the as-of instant as {@code asOf} (ISO-8601 UTC).
 *
 * @param xhtml    the text the template produced
 * @param document the same, parsed
 */
public record ReportDocument(String xhtml, Document document) {

    /** Fills the template of {@code source} with {@code view} and parses the result. */
    public static ReportDocument of(ReportView view, TemplateSource source, String format, Instant asOf) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("report", TemplateData.of(view));
        data.put("format", format);
        data.put("asOf", asOf.toString());
        String xhtml = ReportTemplate.fill(source, data);
        return new ReportDocument(xhtml, XhtmlParser.parse(xhtml, "template " + TemplateSource.ENTRY));
    }
}

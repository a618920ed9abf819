package org.fieldreport.render.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.OutputFile;
import org.fieldreport.render.RenderedReport;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.chart.WarmUpCharts;
import org.fieldreport.render.template.ReportDocument;
import org.fieldreport.render.template.ReportTemplate;
import org.fieldreport.render.template.XhtmlParser;
import org.fieldreport.render.template.TemplateSource;

/**
 * Writes a report view as PDF: checks that the bundled fonts can draw every character, fills the template,
 * typesets it and writes the file atomically. The same view, template and as-of instant always give the same
 * bytes.
 */
public final class PdfReport {

    private final PdfTypesetter typesetter;

    public PdfReport(PdfTypesetter typesetter) {
        this.typesetter = typesetter;
    }

    /**
     * Typesets a one-page document of made-up text, a table and a chart, to nowhere, so that Flying Saucer,
     * OpenPDF, JFreeChart and FreeMarker are loaded before a real report is typeset
     * ({@link org.fieldreport.render.WarmUp}). Every typesetting loads its fonts afresh, so nothing of this one
     * reaches a real PDF.
     */
    public static void warmUp() {
        ReportTemplate.warmUp();
        Map<String, ChartView> charts = new LinkedHashMap<>();
        WarmUpCharts.all().forEach(c -> charts.put(c.id(), c));
        StringBuilder xhtml = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + "body { font-family: \"DejaVu Sans\"; } .chart { width: 100mm; height: 40mm; }"
                + "</style></head><body><h1>Warm-up</h1><p>Text, <b>bold</b> and <i>oblique</i>: 1,234.50</p>"
                + "<table><tr><th>A</th><td>1</td></tr></table>");
        charts.keySet().forEach(id -> xhtml.append("<object class=\"chart\" type=\"")
                .append(ChartElementFactory.CHART_TYPE).append("\" data=\"").append(id).append("\"></object>"));
        xhtml.append("</body></html>");
        new GlyphCoverage().check(XhtmlParser.parse(xhtml.toString(), "warm-up"), "warm-up");
        new FlyingSaucerTypesetter().typeset(XhtmlParser.parse(xhtml.toString(), "warm-up"),
                TemplateSource.bundled(), charts, new PdfInfo("Warm-up", "-", Instant.EPOCH));
    }

    /** Writes {@code out} with the default typesetter. */
    public static RenderedReport write(ReportView view, Path out, TemplateSource template, Instant asOf) {
        return new PdfReport(new FlyingSaucerTypesetter()).writeFile(view, out, template, asOf);
    }

    /**
     * Writes {@code out} atomically.
     *
     * @throws FieldReportException {@link ExitCode#USAGE} for a template or text problem (nothing is written),
     *                              {@link ExitCode#OUTPUT_FAILED} when the file cannot be written
     */
    public RenderedReport writeFile(ReportView view, Path out, TemplateSource template, Instant asOf) {
        Rendered rendered = render(view, template, asOf);
        OutputFile.write(out, rendered.pdf());
        return new RenderedReport(out, rendered.pdf().length, rendered.warnings());
    }

    /** The PDF bytes and the warnings, without writing anything. */
    public Rendered render(ReportView view, TemplateSource template, Instant asOf) {
        GlyphCoverage glyphs = new GlyphCoverage();
        glyphs.check(view);
        ReportDocument document = ReportDocument.of(view, template, "pdf", asOf);
        glyphs.check(document.document(), "template " + TemplateSource.ENTRY);
        Map<String, ChartView> charts = new LinkedHashMap<>();
        for (ChartView chart : view.charts()) {
            if (charts.put(chart.id(), chart) != null) {
                throw new IllegalArgumentException("two charts have the id " + chart.id());
            }
        }
        PdfInfo info = new PdfInfo(view.header().title(),
                view.header().projectCode() + ", " + view.header().periodLabel(), asOf);
        PdfTypesetter.Typeset typeset = typesetter.typeset(document.document(), template, charts, info);
        List<Problem> warnings = new ArrayList<>();
        for (String refusal : typeset.refusals()) {
            warnings.add(Problem.warning("resource-refused", SourceRef.file(TemplateSource.ENTRY),
                    "the report did not fetch " + refusal,
                    "put the file in the template folder and name it relative to report.ftlh"));
        }
        return new Rendered(typeset.pdf(), warnings);
    }

    /** A rendered PDF and the warnings met while making it. */
    public record Rendered(byte[] pdf, List<Problem> warnings) {

        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }
}

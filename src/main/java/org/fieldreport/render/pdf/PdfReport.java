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
import org.fieldreport.render.template.ReportDocument;
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
        OutputFile.write(out, OutputFile.Readers.of(!view.marking().confidentiality().isEmpty()), rendered.pdf());
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

package org.fieldreport.render.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.render.chart.ChartDrawing;
import java.util.Locale;
import java.util.Optional;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes a report view as one standalone HTML file from the same template as the PDF ({@code format} is "html"):
 * stylesheets the template links are inlined, its images become {@code data:} addresses, and each chart becomes a
 * PNG drawn at {@value #SCALE} times its layout size with the chart's text alternative as {@code alt}. Only files
 * inside the template folder (or the bundled template) are ever read; any other address is dropped and reported.
 * The final page then goes through {@link StandalonePage}'s allow-list, so it loads nothing and runs nothing.
 */
public final class HtmlReport {

    /** Layout size of a chart in CSS pixels (about 172 mm by 72 mm at 96 px per inch). */
    static final int CHART_WIDTH = 650;
    static final int CHART_HEIGHT = 272;
    static final double SCALE = 2.5;

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String CHART_TYPE = "application/x-fieldreport-chart";

    private HtmlReport() {
    }

    /**
     * Writes {@code out} atomically.
     *
     * @throws FieldReportException {@link ExitCode#USAGE} for a template problem (nothing is written),
     *                              {@link ExitCode#OUTPUT_FAILED} when the file cannot be written
     */
    public static RenderedReport write(ReportView view, Path out, TemplateSource template, Instant asOf) {
        List<Problem> warnings = new ArrayList<>();
        String html = render(view, template, asOf, warnings);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        OutputFile.write(out, OutputFile.Readers.of(!view.marking().confidentiality().isEmpty()), bytes);
        return new RenderedReport(out, bytes.length, warnings);
    }

    /** The HTML text; refused addresses are added to {@code warnings}. */
    public static String render(ReportView view, TemplateSource template, Instant asOf, List<Problem> warnings) {
        Document document = ReportDocument.of(view, template, "html", asOf).document();
        inlineStylesheets(document, template, warnings);
        inlineImages(document, template, warnings);
        drawCharts(document, view.charts());
        List<String> leftOut = new ArrayList<>();
        String page = StandalonePage.of(HtmlSerializer.write(document), leftOut);
        if (!leftOut.isEmpty()) {
            warnings.add(Problem.warning("active-content-removed", SourceRef.file(TemplateSource.ENTRY),
                    "the HTML report leaves out what the template wrote that could run code or load from "
                            + "elsewhere: " + String.join("; ", new java.util.LinkedHashSet<>(leftOut)),
                    "a standalone report holds text, tables, inline styles and data: images only"));
        }
        return page;
    }

    private static void inlineStylesheets(Document document, TemplateSource template, List<Problem> warnings) {
        for (Element link : elements(document, "link")) {
            if (!link.getAttribute("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                continue;
            }
            String href = link.getAttribute("href");
            Optional<byte[]> css = readLocal(href, template, warnings);
            if (css.isPresent()) {
                Element style = document.createElementNS(XHTML, "style");
                style.appendChild(document.createTextNode(new String(css.get(), StandardCharsets.UTF_8)));
                link.getParentNode().replaceChild(style, link);
            } else {
                link.getParentNode().removeChild(link);
            }
        }
    }

    private static void inlineImages(Document document, TemplateSource template, List<Problem> warnings) {
        for (Element img : elements(document, "img")) {
            String src = img.getAttribute("src");
            if (src.startsWith("data:image/png;base64,") || src.startsWith("data:image/jpeg;base64,")) {
                continue;
            }
            Optional<byte[]> bytes = readLocal(src, template, warnings);
            if (bytes.isPresent()) {
                img.setAttribute("src", "data:" + mediaType(src) + ";base64,"
                        + Base64.getEncoder().encodeToString(bytes.get()));
            } else {
                img.getParentNode().removeChild(img);
            }
        }
    }

    /** Replaces each chart the template places with its PNG, drawn where it is placed. */
    private static void drawCharts(Document document, List<ChartView> views) {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        views.forEach(v -> charts.put(v.id(), v));
        for (Element object : elements(document, "object")) {
            if (!CHART_TYPE.equals(object.getAttribute("type"))) {
                object.getParentNode().removeChild(object);
                continue;
            }
            String id = object.getAttribute("data");
            ChartView chart = charts.get(id);
            if (chart == null) {
                throw new FieldReportException(ExitCode.USAGE, "the template places the chart \"" + id
                        + "\" but the report has no chart of that id; it has " + charts.keySet());
            }
            byte[] png = ChartDrawing.png(chart, CHART_WIDTH, CHART_HEIGHT, SCALE);
            Element img = document.createElementNS(XHTML, "img");
            img.setAttribute("class", object.getAttribute("class"));
            img.setAttribute("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            img.setAttribute("alt", chart.textAlternative());
            img.setAttribute("width", Integer.toString(CHART_WIDTH));
            img.setAttribute("height", Integer.toString(CHART_HEIGHT));
            object.getParentNode().replaceChild(img, object);
        }
    }

    private static Optional<byte[]> readLocal(String address, TemplateSource template, List<Problem> warnings) {
        Optional<byte[]> bytes = TemplateSource.isSafeName(address) ? template.read(address) : Optional.empty();
        if (bytes.isEmpty()) {
            warnings.add(Problem.warning("resource-refused", SourceRef.file(TemplateSource.ENTRY),
                    "the report did not fetch " + address + ": only files inside the template folder are served",
                    "put the file in the template folder and name it relative to report.ftlh"));
        }
        return bytes;
    }

    private static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    /** The elements of a local name, copied out first so the document can be changed while going through them. */
    private static List<Element> elements(Document document, String localName) {
        NodeList list = document.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}

package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.FontMapper;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.chart.ChartDrawing;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.render.BlockBox;
import org.w3c.dom.Element;

/**
 * Turns {@code <object type="application/x-fieldreport-chart" data="CHART-ID"/>} into a {@link ChartElement}
 * drawing the view's chart of that id; everything else goes to Flying Saucer's own factory (images through the
 * confined user agent). A template that places a chart the report does not have is an error.
 */
final class ChartElementFactory implements ReplacedElementFactory {

    /** The object type a template uses to place a chart. */
    static final String CHART_TYPE = "application/x-fieldreport-chart";

    /** Used when the stylesheet gives the chart no size: 160 mm by 75 mm, in points. */
    private static final float DEFAULT_WIDTH_PT = 453.5f;
    private static final float DEFAULT_HEIGHT_PT = 212.6f;

    private final ReplacedElementFactory fallback;
    private final Map<String, ChartView> charts;
    private final Supplier<FontMapper> fonts;
    private final float dotsPerPoint;

    ChartElementFactory(ReplacedElementFactory fallback, Map<String, ChartView> charts, Supplier<FontMapper> fonts,
            float dotsPerPoint) {
        this.fallback = fallback;
        this.charts = charts;
        this.fonts = fonts;
        this.dotsPerPoint = dotsPerPoint;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth,
            int cssHeight) {
        Element e = box.getElement();
        if (e != null && "object".equals(e.getLocalName() == null ? e.getNodeName() : e.getLocalName())
                && CHART_TYPE.equals(e.getAttribute("type"))) {
            String id = e.getAttribute("data");
            ChartView view = charts.get(id);
            if (view == null) {
                throw new FieldReportException(ExitCode.USAGE, "the template places the chart \"" + id
                        + "\" but the report has no chart of that id; it has " + new TreeSet<>(charts.keySet()));
            }
            int width = cssWidth > 0 ? cssWidth : Math.round(DEFAULT_WIDTH_PT * dotsPerPoint);
            int height = cssHeight > 0 ? cssHeight : Math.round(DEFAULT_HEIGHT_PT * dotsPerPoint);
            return new ChartElement(ChartDrawing.chart(view), width, height, new LazyFontMapper(fonts));
        }
        return fallback.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public void reset() {
        fallback.reset();
    }

    @Override
    public void remove(Element e) {
        fallback.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        fallback.setFormSubmissionListener(listener);
    }

    /** Asks for the fonts only when a chart is painted, after the document's fonts are loaded. */
    private record LazyFontMapper(Supplier<FontMapper> fonts) implements FontMapper {
        @Override
        public com.lowagie.text.pdf.BaseFont awtToPdf(java.awt.Font font) {
            return fonts.get().awtToPdf(font);
        }

        @Override
        public java.awt.Font pdfToAwt(com.lowagie.text.pdf.BaseFont font, int size) {
            return fonts.get().pdfToAwt(font, size);
        }
    }
}

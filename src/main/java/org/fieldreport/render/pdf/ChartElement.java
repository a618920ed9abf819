package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * A chart in the page: a box of the size the stylesheet gives the chart's {@code <object>}, into which JFreeChart
 * paints through OpenPDF's Graphics2D, so lines and text stay vector and text stays text (in the bundled fonts).
 */
final class ChartElement implements ITextReplacedElement {

    private final JFreeChart chart;
    private final int width;
    private final int height;
    private final FontMapper fonts;
    private Point location = new Point(0, 0);

    /** @param width and height in the renderer's dots */
    ChartElement(JFreeChart chart, int width, int height, FontMapper fonts) {
        this.chart = chart;
        this.width = width;
        this.height = height;
        this.fonts = fonts;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice outputDevice, BlockBox box) {
        com.lowagie.text.Rectangle area = outputDevice.createLocalTargetArea(c, box);
        float w = area.getWidth();
        float h = area.getHeight();
        PdfContentByte page = outputDevice.getCurrentPage();
        PdfTemplate template = page.createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        page.addTemplate(template, area.getLeft(), area.getBottom());
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
        // nothing held outside this object
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}

package org.fieldreport.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.fieldreport.render.BundledFonts;
import org.fieldreport.render.ChartPoint;
import org.fieldreport.render.ChartSeries;
import org.fieldreport.render.ChartView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link ChartView} with JFreeChart in the report's look: bundled fonts, a quiet grid, the report
 * palette and an optional dashed target line. The title and caption are not drawn here; the template sets them as
 * text around the chart so they can be read, searched and translated.
 */
public final class ChartDrawing {

    /** The series colours, in order: calm, distinguishable, and readable when printed in grey. */
    public static final List<Color> PALETTE = List.of(new Color(0x1F5F8B), new Color(0xE09F3E),
            new Color(0x3B8B5A), new Color(0x9E2A2B), new Color(0x6C5B7B), new Color(0x7A8B99));

    private static final Color INK = new Color(0x2B2B2B);
    private static final Color GRID = new Color(0xD9DEE3);
    private static final Color TARGET = new Color(0xB23A48);

    private ChartDrawing() {
    }

    /** The chart, ready to draw into any Graphics2D. */
    public static JFreeChart chart(ChartView view) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSeries series : view.series()) {
            for (ChartPoint point : series.points()) {
                data.addValue(point.value(), series.name(), point.category());
            }
        }
        CategoryAxis categories = new CategoryAxis(null);
        NumberAxis values = new NumberAxis(view.valueAxisLabel());
        CategoryItemRenderer renderer = renderer(view);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(null, font(false, 9), plot, view.series().size() > 1
                || view.targetLine().isPresent());
        theme().apply(chart);
        style(chart, plot, categories, values, view);
        view.targetLine().ifPresent(target -> {
            // the line's label is a legend entry, never text drawn over the bars it crosses
            BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {5f, 3f}, 0f);
            plot.addRangeMarker(new ValueMarker(target.value().doubleValue(), TARGET, dashed));
            LegendItemCollection items = new LegendItemCollection();
            items.addAll(plot.getLegendItems());
            LegendItem line = new LegendItem(target.label(), null, null, null, new Line2D.Double(-7, 0, 7, 0),
                    dashed, TARGET);
            line.setLabelFont(font(false, 8));
            line.setLabelPaint(INK);
            items.add(line);
            plot.setFixedLegendItems(items);
            double top = Math.max(values.getUpperBound(), target.value().doubleValue() * 1.15);
            values.setUpperBound(top);
        });
        return chart;
    }

    /**
     * The chart as a PNG of {@code width} x {@code height} layout pixels drawn at {@code scale} times the
     * resolution, for formats that cannot take vector drawing.
     */
    public static byte[] png(ChartView view, int width, int height, double scale) {
        JFreeChart chart = chart(view);
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a stream cached in memory: ImageIO would otherwise stage every image in a temporary file
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static CategoryItemRenderer renderer(ChartView view) {
        return switch (view.kind()) {
            case BAR -> {
                BarRenderer r = new BarRenderer();
                r.setItemMargin(0.04);
                yield r;
            }
            case STACKED -> new StackedBarRenderer();
            case LINE -> {
                LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
                for (int i = 0; i < view.series().size(); i++) {
                    r.setSeriesStroke(i, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                }
                yield r;
            }
        };
    }

    private static void style(JFreeChart chart, CategoryPlot plot, CategoryAxis categories, NumberAxis values,
            ChartView view) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 2, 2, 6));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < view.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setMaximumBarWidth(0.08);
        }
        categories.setTickLabelFont(font(false, 7.5f));
        categories.setTickLabelPaint(INK);
        categories.setAxisLinePaint(new Color(0x9AA5B1));
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.18);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        if (view.series().stream().mapToInt(s -> s.points().size()).max().orElse(0) > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
            categories.setMaximumCategoryLabelLines(2);
        }
        values.setTickLabelFont(font(false, 7.5f));
        values.setLabelFont(font(false, 8));
        values.setTickLabelPaint(INK);
        values.setLabelPaint(INK);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setAutoRangeIncludesZero(true);
        values.setAutoRangeMinimumSize(1);
        // tick labels in the reports' own number style (1,200), never the machine's locale (١٬٢٠٠ or 1.200)
        values.setStandardTickUnits(view.wholeNumbers() ? NumberAxis.createIntegerTickUnits(Locale.ENGLISH)
                : NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        values.setUpperMargin(0.12);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(false, 8));
            legend.setItemPaint(INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("fieldreport");
        theme.setExtraLargeFont(font(true, 12));
        theme.setLargeFont(font(true, 10));
        theme.setRegularFont(font(false, 8));
        theme.setSmallFont(font(false, 7.5f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }

    /** A bundled font at a size, for chart text. */
    public static Font font(boolean bold, float size) {
        return BundledFonts.of(bold, false).awt().deriveFont(size);
    }
}

package org.fieldreport.render.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel clustered column chart over cells of the same sheet, so it follows the data when someone edits it. Category
 * cells may be text or dates ({@code categoryFormat} then gives their number format, such as "mmm yyyy"). Build it
 * after the workbook's formulas are evaluated: the chart caches the values it finds in the cells. (Stacked columns would need the bars' overlap set, which
 * the schema subset in poi-ooxml-lite cannot write.)
 */
final class BarChart {

    /** One series: its name from a header cell and its values from a column of cells. */
    record Series(String name, CellReference nameCell, CellRangeAddress values) {
    }

    /** Series colours in order: blue, orange, grey, gold. */
    private static final byte[][] PALETTE = {
        {(byte) 0x44, (byte) 0x72, (byte) 0xC4}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
        {(byte) 0xA5, (byte) 0xA5, (byte) 0xA5}, {(byte) 0xFF, (byte) 0xC0, (byte) 0x00}};

    private BarChart() {
    }

    /**
     * Draws the chart with its top-left corner at ({@code col}, {@code row}), {@code width} columns wide and
     * {@code height} rows high.
     */
    static XSSFChart draw(XSSFSheet sheet, int col, int row, int width, int height, String title,
                          CellRangeAddress categories, String categoryFormat, List<Series> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + width, row + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        // POI tags the title with the machine's language; a fixed one keeps the bytes the same everywhere
        for (var paragraph : chart.getCTChart().getTitle().getTx().getRich().getPArray()) {
            for (var run : paragraph.getRArray()) {
                run.getRPr().setLang("en-US");
            }
        }
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);

        XDDFDataSource<?> categoryData;
        if (categoryFormat == null) {
            categoryData = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        } else {
            categoryData = XDDFDataSourcesFactory.fromNumericCellRange(sheet, categories);
            ((XDDFNumericalDataSource<?>) categoryData).setFormatCode(categoryFormat);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFBarChartData.Series added = (XDDFBarChartData.Series) data.addSeries(categoryData, values);
            added.setTitle(s.name(), s.nameCell());
            // an explicit fill: without one LibreOffice draws the columns invisible
            byte[] rgb = PALETTE[i % PALETTE.length];
            added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        }
        chart.plot(data);
        return chart;
    }
}

package org.fieldreport.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldreport.render.ChartKind;
import org.fieldreport.render.ChartPoint;
import org.fieldreport.render.ChartSeries;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.TargetLine;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.junit.jupiter.api.Test;

/** What a reader sees of a chart's furniture: where the target's words go, and the ticks of a count axis. */
class ChartDrawingTest {

    @Test
    void theTargetLineIsNamedInTheLegendNotWrittenOverTheBars() {
        ChartView view = nights(List.of(21, 23, 20, 22), Optional.of(new TargetLine("Target: 5 a week",
                new BigDecimal("21.7"))));

        CategoryPlot plot = ChartDrawing.chart(view).getCategoryPlot();

        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            LegendItem item = plot.getLegendItems().get(i);
            legend.add(item.getLabel());
        }
        assertThat(legend).containsExactly("Outreach nights", "Target: 5 a week");
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1)
                .allSatisfy(m -> assertThat(((Marker) m).getLabel()).isNull());
    }

    @Test
    void aCountAxisTicksAtWholeNumbersEvenWhenTheCountsAreSmall() {
        ChartView view = nights(List.of(1, 0, 2, 1), Optional.empty());

        NumberAxis axis = (NumberAxis) ChartDrawing.chart(view).getCategoryPlot().getRangeAxis();

        assertThat(view.wholeNumbers()).isTrue();
        assertThat(axis.getStandardTickUnits().getCeilingTickUnit(0.3).getSize()).isEqualTo(1.0);
    }

    @Test
    void aSeriesOfZerosDrawsNothingAndMoneyIsNotWholeNumbers() {
        assertThat(nights(List.of(0, 0, 0), Optional.empty()).drawsNothing()).isTrue();
        assertThat(nights(List.of(0, 3, 0), Optional.empty()).drawsNothing()).isFalse();
        ChartView money = new ChartView("m", "Money", "", "", ChartKind.BAR, "USD",
                List.of(new ChartSeries("Spent", List.of(new ChartPoint("Staff", new BigDecimal("11400.25"))))),
                Optional.empty());
        assertThat(money.wholeNumbers()).isFalse();
    }

    private static ChartView nights(List<Integer> values, Optional<TargetLine> target) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new ChartPoint("M" + i, BigDecimal.valueOf(values.get(i))));
        }
        return new ChartView("outreach-nights", "Outreach nights per month", "", "", ChartKind.BAR, "Nights",
                List.of(new ChartSeries("Outreach nights", points)), target);
    }
}

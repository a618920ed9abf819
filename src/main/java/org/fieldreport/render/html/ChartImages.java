package org.fieldreport.render.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.chart.ChartDrawing;

/**
 * The PNG images of a report's charts, drawn on a thread of their own (first chart first) from the moment the view
 * is known, while the template is filled and parsed; the thread that needs the images then draws those not yet
 * started (last chart first), so the two meet in the middle. Each chart is drawn once, by one thread, into an
 * image of its own, so the bytes are those of drawing them one by one.
 */
final class ChartImages {

    private final Map<String, ChartView> charts = new LinkedHashMap<>();
    private final Map<String, FutureTask<byte[]>> images = new LinkedHashMap<>();

    private ChartImages() {
    }

    /** Starts drawing every chart of {@code views} at the given layout size and scale. */
    static ChartImages start(List<ChartView> views, int width, int height, double scale) {
        ChartImages drawing = new ChartImages();
        for (ChartView view : views) {
            drawing.charts.put(view.id(), view);
        }
        drawing.charts.forEach((id, view) -> drawing.images.put(id,
                new FutureTask<>(() -> ChartDrawing.png(view, width, height, scale))));
        if (drawing.images.size() > 1) {
            Thread thread = new Thread(() -> drawing.images.values().forEach(FutureTask::run), "charts");
            thread.setDaemon(true);
            thread.start();
        }
        return drawing;
    }

    /** The chart of an id, or null when the report has none. */
    ChartView chart(String id) {
        return charts.get(id);
    }

    Set<String> ids() {
        return charts.keySet();
    }

    /** Draws, on this thread, the charts no thread has started yet, last first. */
    void drawRest() {
        List<FutureTask<byte[]>> rest = new java.util.ArrayList<>(images.values());
        java.util.Collections.reverse(rest);
        rest.forEach(FutureTask::run);
    }

    /** The PNG of a chart the report has; draws it here if no thread has started it yet. */
    byte[] png(String id) {
        FutureTask<byte[]> image = images.get(id);
        image.run();
        try {
            return image.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the chart " + id, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

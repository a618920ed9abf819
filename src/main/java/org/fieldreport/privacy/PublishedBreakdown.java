package org.fieldreport.privacy;

import java.util.List;

/** One disaggregation of an indicator as an audience may see it: its cells in order, each possibly suppressed. */
public record PublishedBreakdown(String dimension, List<Cell> cells) {

    public PublishedBreakdown {
        cells = List.copyOf(cells);
    }

    /** One cell: the key scripts use, the label people read, and the figure as shown. */
    public record Cell(String key, String label, PublishedFigure figure) {
    }
}

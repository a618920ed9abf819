package org.fieldreport.privacy;

import java.util.List;

/**
 * A two-way table of one indicator (months by areas, say) as an audience may see it, suppressed together with the
 * indicator's own breakdowns, so that a workbook showing the grid and a report showing the one-way breakdowns hide
 * the same figures. {@code cells} holds one list per row, one figure per column.
 */
record PublishedGrid(String rowDimension, List<String> rows, String columnDimension, List<String> columns,
                            List<List<PublishedFigure>> cells) {

    public PublishedGrid {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
    }
}

package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A suppressed table as the lines a reader sees, e.g. {@code "A | <5 [c] | 15"}, for exact assertions. */
final class ShownGrid {

    private ShownGrid() {
    }

    static List<String> of(SuppressedTable table) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            int row = r;
            if (table.isOneWay()) {
                lines.add(table.rows().get(r) + " | " + table.row(r).text());
            } else {
                lines.add(table.rows().get(r) + " | " + IntStream.range(0, table.columns().size())
                        .mapToObj(c -> table.cell(row, c).text()).collect(Collectors.joining(" "))
                        + " | " + table.row(r).text());
            }
        }
        if (table.isOneWay()) {
            lines.add("total | " + table.total().text());
        } else {
            lines.add("total | " + IntStream.range(0, table.columns().size())
                    .mapToObj(c -> table.column(c).text()).collect(Collectors.joining(" "))
                    + " | " + table.total().text());
        }
        return lines;
    }
}

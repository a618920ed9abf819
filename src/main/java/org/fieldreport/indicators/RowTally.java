package org.fieldreport.indicators;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.RowInts;
import org.fieldreport.model.Measure;

/**
 * The measures that read rows ({@code count}, {@code sum}, {@code distinct}, {@code sessions}, {@code regular},
 * {@code first_time}) in one pass over a source's rows, for every cell of one or more {@link Cells} at once (the
 * whole period and each breakdown of a declaration): each row that passes the declaration's filters is put in its
 * cell of each, by its date's span and its key, and the cell's figure is built up.
 */
final class RowTally {

    /** Rows read at a time. */
    private static final int WINDOW = 4096;

    private final SourceColumns rows;
    private final RowInts days;
    /** Per filter: its column and, by code less the column's {@code low}, whether a row holding it passes. */
    private final SourceColumns.Text[] filterColumns;
    private final boolean[][] passes;
    private final List<Grouping> groupings;
    /** For the rows of a window: whether each passes the filters, its day, and the column being read. */
    private final boolean[] passing = new boolean[WINDOW];
    private final int[] day = new int[WINDOW];
    private final int[] read = new int[WINDOW];
    private final int[] keys = new int[WINDOW];

    /** How the rows fall into the cells of one {@link Cells}, and the cell of each row of the window. */
    private static final class Grouping {
        final Cells cells;
        final int spans;
        /** Whether no row can be in a cell: the source has no column for the dimension. */
        final boolean none;
        /** The dimension's column and, by code less its {@code low}, the key's index (-1: none); null: no dimension. */
        final SourceColumns.Text keyColumn;
        final int[] keyOfCode;
        /** By day less {@code firstDay}: the span that holds the day, or -1. */
        final int firstDay;
        final int[] spanOfDay;
        final int[] cell = new int[WINDOW];
        final long[] figures;
        CellValues values;

        Grouping(SourceColumns rows, Cells cells) {
            this.cells = cells;
            this.spans = cells.spans().size();
            this.figures = new long[cells.size()];
            keyColumn = cells.dimension() == null ? null : rows.text(cells.dimension());
            none = cells.dimension() != null && keyColumn == null;
            keyOfCode = new int[width(keyColumn)];
            Map<String, Integer> keys = new HashMap<>();
            for (int k = cells.keys().size() - 1; k >= 0; k--) {
                keys.put(cells.keys().get(k), k);
            }
            for (int code = 0; code < keyOfCode.length; code++) {
                keyOfCode[code] = keys.getOrDefault(label(keyColumn, code), -1);
            }
            firstDay = Math.toIntExact(cells.spans().get(0).start().toEpochDay());
            spanOfDay = new int[Math.toIntExact(cells.spans().get(spans - 1).end().toEpochDay()) - firstDay];
            Arrays.fill(spanOfDay, -1);
            for (int s = 0; s < spans; s++) {
                Cells.Span span = cells.spans().get(s);
                for (long d = span.start().toEpochDay(); d < span.end().toEpochDay(); d++) {
                    spanOfDay[(int) (d - firstDay)] = s;
                }
            }
        }

        int span(int day) {
            int at = day - firstDay;
            return at < 0 || at >= spanOfDay.length ? -1 : spanOfDay[at];
        }
    }

    private RowTally(SourceColumns rows, List<Cells> cells, Map<String, List<String>> filters) {
        this.rows = rows;
        this.days = rows.days();
        filterColumns = new SourceColumns.Text[filters.size()];
        passes = new boolean[filters.size()][];
        int f = 0;
        for (var filter : filters.entrySet()) {
            filterColumns[f] = rows.text(filter.getKey());
            passes[f] = new boolean[width(filterColumns[f])];
            for (int code = 0; code < passes[f].length; code++) {
                passes[f][code] = filter.getValue().contains(label(filterColumns[f], code));
            }
            f++;
        }
        groupings = cells.stream().map(c -> new Grouping(rows, c)).toList();
    }

    private static int width(SourceColumns.Text column) {
        return column == null ? 0 : Math.toIntExact((long) column.high() - column.low());
    }

    private static String label(SourceColumns.Text column, int code) {
        return column.label().apply(column.low() + code);
    }

    /** The figure of {@code d} (a measure that reads rows) in each cell of each of {@code cells}, by cell. */
    static long[][] of(IndicatorDeclaration d, SourceColumns rows, List<Cells> cells) {
        if (rows.size() == 0 || d.filters().keySet().stream().anyMatch(column -> rows.text(column) == null)) {
            return cells.stream().map(c -> new long[c.size()]).toArray(long[][]::new); // no row can pass
        }
        RowTally tally = new RowTally(rows, cells, d.filters());
        tally.measure(d);
        return tally.groupings.stream().map(g -> g.figures).toArray(long[][]::new);
    }

    private void measure(IndicatorDeclaration d) {
        Measure measure = d.measure();
        SourceColumns.Text values = switch (measure) {
            case DISTINCT, REGULAR, FIRST_TIME -> rows.text(d.column());
            case SESSIONS -> rows.text("session");
            default -> null;
        };
        RowInts numbers = measure == Measure.SUM ? rows.number(d.column()) : null;
        if (measure == Measure.SUM && numbers == null) {
            return; // a sum of a column the source does not have
        }
        boolean dated = measure != Measure.FIRST_TIME;
        for (Grouping g : groupings) {
            int cellsOrKeys = dated ? g.cells.size() : g.cells.keys().size();
            g.values = values == null ? null : new CellValues(cellsOrKeys, width(values), dated ? 0 : Integer.MAX_VALUE,
                    rows.size());
        }
        for (int from = 0; from < rows.size(); from += WINDOW) {
            int count = Math.min(WINDOW, rows.size() - from);
            filter(from, count);
            days.copy(from, count, day);
            if (values != null) {
                values.codes().copy(from, count, read);
            } else if (numbers != null) {
                numbers.copy(from, count, read);
            }
            for (Grouping g : groupings) {
                if (!g.none) {
                    group(g, from, count, dated);
                    tally(g, measure, count, values == null ? 0 : values.low());
                }
            }
        }
        int min = measure == Measure.REGULAR && d.min() != null ? d.min() : 1;
        for (Grouping g : groupings) {
            if (measure == Measure.FIRST_TIME) {
                // A value is new in a cell when the first day it was met under the cell's key, at any date, falls
                // in the cell's span.
                g.values.forEach((key, met) -> {
                    int span = g.span(met);
                    if (span >= 0) {
                        g.figures[key * g.spans + span]++;
                    }
                });
            } else if (g.values != null) {
                g.values.forEach((c, held) -> g.figures[c] += held >= min ? 1 : 0);
            }
        }
    }

    /** Marks which rows of the window pass every filter. */
    private void filter(int from, int count) {
        Arrays.fill(passing, 0, count, true);
        for (int f = 0; f < filterColumns.length; f++) {
            filterColumns[f].codes().copy(from, count, read);
            int low = filterColumns[f].low();
            for (int k = 0; k < count; k++) {
                passing[k] &= passes[f][read[k] - low];
            }
        }
    }

    /**
     * Puts in {@code g.cell} each row's cell, or -1 when it fails a filter, its date is in no span or it holds none
     * of the keys. Undated, a row's "cell" is its key, whatever its date.
     */
    private void group(Grouping g, int from, int count, boolean dated) {
        for (int k = 0; k < count; k++) {
            g.cell[k] = !passing[k] ? -1 : dated ? g.span(day[k]) : 0;
        }
        if (g.keyColumn != null) {
            g.keyColumn.codes().copy(from, count, keys);
            int low = g.keyColumn.low();
            int width = dated ? g.spans : 1;
            for (int k = 0; k < count; k++) {
                int key = g.keyOfCode[keys[k] - low];
                g.cell[k] = g.cell[k] < 0 || key < 0 ? -1 : key * width + g.cell[k];
            }
        }
    }

    /** Adds the window's rows, {@code read} holding their values (less {@code low}) or numbers, to g's cells. */
    private void tally(Grouping g, Measure measure, int count, int low) {
        int[] cell = g.cell;
        for (int k = 0; k < count; k++) {
            if (cell[k] >= 0) {
                switch (measure) {
                    case COUNT -> g.figures[cell[k]]++;
                    case SUM -> g.figures[cell[k]] += read[k];
                    case FIRST_TIME -> g.values.keepLeast(cell[k], read[k] - low, day[k]);
                    default -> g.values.addOne(cell[k], read[k] - low);
                }
            }
        }
    }
}

package org.fieldreport.indicators;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.IntColumn;
import org.fieldreport.model.Measure;

/**
 * The measures that read rows ({@code count}, {@code sum}, {@code distinct}, {@code sessions}, {@code regular},
 * {@code first_time}), for every cell of a {@link Cells} in one pass over a source's rows: each row that passes the
 * declaration's filters is put in its cell (by its date's span and its key), and the cell's figure is built up.
 */
final class RowTally {

    /** Rows read at a time. */
    private static final int WINDOW = 4096;

    private final SourceColumns rows;
    private final IntColumn days;
    private final Cells cells;
    private final int spans;
    /** Per filter: its column and, by code less the column's {@code low}, whether a row holding it passes. */
    private final SourceColumns.Text[] filterColumns;
    private final boolean[][] passes;
    /** The dimension's column and, by code less its {@code low}, the key's index (-1: none); null: no dimension. */
    private final SourceColumns.Text keyColumn;
    private final int[] keyOfCode;
    /** For the rows of a window: each one's cell, day, and the codes or numbers of the column being read. */
    private final int[] cell = new int[WINDOW];
    private final int[] day = new int[WINDOW];
    private final int[] read = new int[WINDOW];
    /** By day less {@code firstDay}: the span that holds the day, or -1. */
    private final int firstDay;
    private final int[] spanOfDay;

    private RowTally(SourceColumns rows, Cells cells, Map<String, List<String>> filters) {
        this.rows = rows;
        this.days = rows.days();
        this.cells = cells;
        this.spans = cells.spans().size();
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
        keyColumn = cells.dimension() == null ? null : rows.text(cells.dimension());
        keyOfCode = new int[width(keyColumn)];
        Map<String, Integer> keys = new HashMap<>();
        for (int k = cells.keys().size() - 1; k >= 0; k--) {
            keys.put(cells.keys().get(k), k);
        }
        for (int code = 0; code < keyOfCode.length; code++) {
            keyOfCode[code] = keys.getOrDefault(label(keyColumn, code), -1);
        }
        firstDay = Math.toIntExact(cells.spans().get(0).start().toEpochDay());
        int lastDay = Math.toIntExact(cells.spans().get(cells.spans().size() - 1).end().toEpochDay());
        spanOfDay = new int[lastDay - firstDay];
        Arrays.fill(spanOfDay, -1);
        for (int s = 0; s < cells.spans().size(); s++) {
            Cells.Span span = cells.spans().get(s);
            for (long d = span.start().toEpochDay(); d < span.end().toEpochDay(); d++) {
                spanOfDay[(int) (d - firstDay)] = s;
            }
        }
    }

    private static int width(SourceColumns.Text column) {
        return column == null ? 0 : Math.toIntExact((long) column.high() - column.low());
    }

    private static String label(SourceColumns.Text column, int code) {
        return column.label().apply(column.low() + code);
    }

    /** The figure of {@code d} (a measure that reads rows) in each cell, by cell. */
    static long[] of(IndicatorDeclaration d, SourceColumns rows, Cells cells) {
        long[] figures = new long[cells.size()];
        if (rows.size() == 0 || (cells.dimension() != null && rows.text(cells.dimension()) == null)
                || d.filters().keySet().stream().anyMatch(column -> rows.text(column) == null)) {
            return figures; // no row holds a column the cells or the filters need
        }
        new RowTally(rows, cells, d.filters()).measure(d, figures);
        return figures;
    }

    /** Receives the rows of a window, from {@code from} on: {@code count} of them, their cells already found. */
    private interface Window {
        void rows(int from, int count);
    }

    private void measure(IndicatorDeclaration d, long[] figures) {
        Measure measure = d.measure();
        switch (measure) {
            case COUNT -> scan(true, (from, count) -> {
                for (int k = 0; k < count; k++) {
                    if (cell[k] >= 0) {
                        figures[cell[k]]++;
                    }
                }
            });
            case SUM -> {
                IntColumn numbers = rows.number(d.column());
                if (numbers != null) {
                    scan(true, (from, count) -> {
                        numbers.copy(from, count, read);
                        for (int k = 0; k < count; k++) {
                            if (cell[k] >= 0) {
                                figures[cell[k]] += read[k];
                            }
                        }
                    });
                }
            }
            case DISTINCT, SESSIONS, REGULAR -> {
                SourceColumns.Text values = rows.text(measure == Measure.SESSIONS ? "session" : d.column());
                CellValues times = new CellValues(cells.size(), width(values), 0, rows.size());
                scan(true, (from, count) -> {
                    values.codes().copy(from, count, read);
                    for (int k = 0; k < count; k++) {
                        if (cell[k] >= 0) {
                            times.addOne(cell[k], read[k] - values.low());
                        }
                    }
                });
                int min = measure == Measure.REGULAR && d.min() != null ? d.min() : 1;
                times.forEach((c, held) -> figures[c] += held >= min ? 1 : 0);
            }
            case FIRST_TIME -> {
                // A value is new in a cell when the first day it is met under the cell's key, at any date, falls in
                // the cell's span.
                SourceColumns.Text values = rows.text(d.column());
                CellValues first = new CellValues(cells.keys().size(), width(values), Integer.MAX_VALUE,
                        rows.size());
                scan(false, (from, count) -> {
                    values.codes().copy(from, count, read);
                    days.copy(from, count, day);
                    for (int k = 0; k < count; k++) {
                        if (cell[k] >= 0) {
                            first.keepLeast(cell[k], read[k] - values.low(), day[k]);
                        }
                    }
                });
                first.forEach((key, met) -> {
                    int span = span(met);
                    if (span >= 0) {
                        figures[key * spans + span]++;
                    }
                });
            }
            default -> throw new IllegalArgumentException("measure " + measure + " does not read rows");
        }
    }

    /**
     * Hands every row to {@code window}, {@value #WINDOW} at a time, with {@link #cell} holding each row's cell, or
     * -1 when its date is in no span, it fails a filter or it holds none of the keys. Undated, a row's "cell" is its
     * key, whatever its date.
     */
    private void scan(boolean dated, Window window) {
        for (int from = 0; from < rows.size(); from += WINDOW) {
            int count = Math.min(WINDOW, rows.size() - from);
            if (dated) {
                days.copy(from, count, day);
                for (int k = 0; k < count; k++) {
                    int at = day[k] - firstDay;
                    cell[k] = at < 0 || at >= spanOfDay.length ? -1 : spanOfDay[at];
                }
            } else {
                Arrays.fill(cell, 0, count, 0);
            }
            for (int f = 0; f < filterColumns.length; f++) {
                filterColumns[f].codes().copy(from, count, read);
                int low = filterColumns[f].low();
                for (int k = 0; k < count; k++) {
                    if (!passes[f][read[k] - low]) {
                        cell[k] = -1;
                    }
                }
            }
            if (keyColumn != null) {
                keyColumn.codes().copy(from, count, read);
                int low = keyColumn.low();
                int width = dated ? spans : 1;
                for (int k = 0; k < count; k++) {
                    int key = keyOfCode[read[k] - low];
                    cell[k] = cell[k] < 0 || key < 0 ? -1 : key * width + cell[k];
                }
            }
            window.rows(from, count);
        }
    }

    private int span(int day) {
        int at = day - firstDay;
        return at < 0 || at >= spanOfDay.length ? -1 : spanOfDay[at];
    }
}

package org.fieldreport.indicators;

import java.util.Arrays;
import java.util.List;
import org.fieldreport.model.IndicatorDeclaration;

/**
 * The measures that read rows ({@code count}, {@code sum}, {@code distinct}, {@code sessions}, {@code regular},
 * {@code first_time}) over a selection of one source's rows, in one pass for every group of a breakdown: a value
 * per code of the group column (one value when there is none). Distinct values are collected as codes in bitsets,
 * never as strings.
 */
final class RowMeasures {

    private RowMeasures() {
    }

    /** What a pass reads: positions {@code [from, to)} in date order that pass and meet the conditions. */
    record Selection(OrderedRows rows, int from, int to, long[] passing, List<OrderedRows.Condition> conditions) {
    }

    /**
     * The measure of {@code d} (not {@code first_time}) per code of {@code group}, or a single value when
     * {@code group} is null.
     */
    static long[] measure(IndicatorDeclaration d, Selection s, CodedColumn group) {
        int groups = group == null ? 1 : group.codes();
        int[] groupOf = new int[OrderedRows.BLOCK];
        int[] values = new int[OrderedRows.BLOCK];
        long[] result = new long[groups];
        switch (d.measure()) {
            case COUNT -> scan(s, group, groupOf, (rows, count) -> {
                for (int k = 0; k < count; k++) {
                    result[groupOf[k]]++;
                }
            });
            case SUM -> {
                NumberColumn column = s.rows().number(d.column());
                if (column != null) {
                    scan(s, group, groupOf, (rows, count) -> {
                        column.read(rows, count, values);
                        for (int k = 0; k < count; k++) {
                            result[groupOf[k]] += values[k];
                        }
                    });
                }
            }
            case DISTINCT, SESSIONS -> {
                CodedColumn column = column(s, d.measure() == org.fieldreport.model.Measure.SESSIONS ? "session"
                        : d.column());
                long[][] seen = new long[groups][]; // a bitset of the codes met, per group
                scan(s, group, groupOf, (rows, count) -> {
                    column.read(rows, count, values);
                    for (int k = 0; k < count; k++) {
                        long[] bits = seen[groupOf[k]];
                        if (bits == null) {
                            bits = seen[groupOf[k]] = new long[(column.codes() + 63) >>> 6];
                        }
                        bits[values[k] >>> 6] |= 1L << values[k];
                    }
                });
                for (int g = 0; g < groups; g++) {
                    if (seen[g] != null) {
                        for (long word : seen[g]) {
                            result[g] += Long.bitCount(word);
                        }
                    }
                }
            }
            case REGULAR -> {
                CodedColumn column = column(s, d.column());
                int min = d.min() == null ? 1 : d.min();
                int[][] times = new int[groups][];
                scan(s, group, groupOf, (rows, count) -> {
                    column.read(rows, count, values);
                    for (int k = 0; k < count; k++) {
                        int[] t = times[groupOf[k]];
                        if (t == null) {
                            t = times[groupOf[k]] = new int[column.codes()];
                        }
                        t[values[k]]++;
                    }
                });
                for (int g = 0; g < groups; g++) {
                    if (times[g] != null) {
                        result[g] = Arrays.stream(times[g]).filter(n -> n > 0 && n >= min).count();
                    }
                }
            }
            default -> throw new IllegalArgumentException("measure " + d.measure() + " is not counted in one pass");
        }
        return result;
    }

    /**
     * For {@code first_time}: the position at which each value of {@code d}'s column is first met among the
     * selected rows, per code of {@code group}, or -1 for a value never met. A value is new in a span when its
     * first position falls in the span's positions.
     */
    static int[][] firstPositions(IndicatorDeclaration d, Selection s, CodedColumn group) {
        int groups = group == null ? 1 : group.codes();
        CodedColumn column = column(s, d.column());
        int[][] first = new int[groups][];
        int[] groupOf = new int[OrderedRows.BLOCK];
        int[] values = new int[OrderedRows.BLOCK];
        s.rows().scan(s.from(), s.to(), s.passing(), s.conditions(), (positions, rows, count) -> {
            groups(group, rows, count, groupOf);
            column.read(rows, count, values);
            for (int k = 0; k < count; k++) {
                int[] f = first[groupOf[k]];
                if (f == null) {
                    f = first[groupOf[k]] = new int[column.codes()];
                    Arrays.fill(f, -1);
                }
                if (f[values[k]] < 0) {
                    f[values[k]] = positions[k];
                }
            }
        });
        return first;
    }

    /** How many values were first met at a position in {@code [from, to)}. */
    static long firstIn(int[] first, int from, int to) {
        if (first == null) {
            return 0;
        }
        long n = 0;
        for (int p : first) {
            if (p >= from && p < to) {
                n++;
            }
        }
        return n;
    }

    private static CodedColumn column(Selection s, String name) {
        CodedColumn column = s.rows().column(name);
        if (column == null) {
            throw new IllegalArgumentException("no text column " + name); // declarations are checked before
        }
        return column;
    }

    /** Receives a block of selected rows whose group codes are already read. */
    private interface Rows {
        void rows(int[] rows, int count);
    }

    private static void scan(Selection s, CodedColumn group, int[] groupOf, Rows body) {
        s.rows().scan(s.from(), s.to(), s.passing(), s.conditions(), (positions, rows, count) -> {
            groups(group, rows, count, groupOf);
            body.rows(rows, count);
        });
    }

    private static void groups(CodedColumn group, int[] rows, int count, int[] groupOf) {
        if (group == null) {
            Arrays.fill(groupOf, 0, count, 0);
        } else {
            group.read(rows, count, groupOf);
        }
    }
}

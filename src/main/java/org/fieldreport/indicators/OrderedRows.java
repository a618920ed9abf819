package org.fieldreport.indicators;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldreport.model.IndicatorSource;

/**
 * One source's rows as the indicator engine walks them: in date order ({@link DateOrder}), a span of dates being a
 * range of positions, and a declaration's filters a bitset over the positions, made once per distinct set of filters
 * (an eighth of a byte a row) and shared by every declaration that has them. Rows are handed out a block at a time,
 * as row numbers, for the measures to read their columns in bulk. Safe to use from several threads.
 */
final class OrderedRows {

    /** Rows handed to a {@link Block} at a time. */
    static final int BLOCK = 4096;

    /** Receives selected rows, in date order: their positions and row numbers, {@code count} of them. */
    interface Block {
        void rows(int[] positions, int[] rows, int count);
    }

    /** A column that must hold one code. */
    record Condition(CodedColumn column, int code) {
    }

    private final IndicatorSource source;
    private final SourceRows rows;
    private final DateOrder order;
    private final Map<Map<String, List<String>>, Optional<long[]>> passing = new ConcurrentHashMap<>();

    OrderedRows(IndicatorSource source, SourceRows rows) {
        this.source = source;
        this.rows = rows;
        this.order = DateOrder.of(rows);
    }

    int size() {
        return order.size();
    }

    /** The first position dated {@code date} or later. */
    int position(LocalDate date) {
        return order.position(date);
    }

    /** A text column by any name the source knows it by ({@code site} and {@code area} alike); null when none. */
    CodedColumn column(String name) {
        String column = source.column(name);
        return column.equals("date") ? order.dates() : rows.text(column);
    }

    NumberColumn number(String name) {
        return rows.number(source.column(name));
    }

    /**
     * The positions of the rows that pass {@code filters} (each column holds one of its listed values) as the bits
     * of words (position {@code p} is bit {@code p % 64} of word {@code p / 64}), or null when every row passes.
     */
    long[] passing(Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return null;
        }
        return passing.computeIfAbsent(filters, this::select).orElse(null);
    }

    private Optional<long[]> select(Map<String, List<String>> filters) {
        int n = filters.size();
        CodedColumn[] columns = new CodedColumn[n];
        BitSet[] allowed = new BitSet[n];
        int f = 0;
        for (var filter : filters.entrySet()) {
            columns[f] = column(filter.getKey());
            allowed[f] = new BitSet();
            for (String value : filter.getValue()) {
                int code = columns[f] == null ? -1 : columns[f].codeOf(value);
                if (code >= 0) {
                    allowed[f].set(code);
                }
            }
            if (allowed[f].isEmpty()) {
                return Optional.of(new long[0]); // no row can pass
            }
            f++;
        }
        long[] kept = new long[(size() + 63) >>> 6];
        int[] codes = new int[BLOCK];
        int[] passed = {0};
        scan(0, size(), null, List.of(), (positions, rowNumbers, count) -> {
            boolean[] fails = new boolean[count];
            for (int i = 0; i < n; i++) {
                columns[i].read(rowNumbers, count, codes);
                for (int k = 0; k < count; k++) {
                    fails[k] |= !allowed[i].get(codes[k]);
                }
            }
            for (int k = 0; k < count; k++) {
                if (!fails[k]) {
                    kept[positions[k] >>> 6] |= 1L << positions[k];
                    passed[0]++;
                }
            }
        });
        return passed[0] == size() ? Optional.empty() : Optional.of(kept);
    }

    /**
     * Hands the rows at positions {@code [from, to)} that are in {@code passing} (all when null) and meet every
     * condition to {@code block}, in date order, a block at a time.
     */
    void scan(int from, int to, long[] passing, List<Condition> conditions, Block block) {
        for (Condition c : conditions) {
            if (c.code() < 0) {
                return;
            }
        }
        int[] positions = new int[BLOCK];
        int[] rowNumbers = new int[BLOCK];
        int[] codes = conditions.isEmpty() ? null : new int[BLOCK];
        int n = 0;
        if (passing == null) {
            for (int p = from; p < to; p++) {
                positions[n] = p;
                rowNumbers[n] = order.row(p);
                if (++n == BLOCK) {
                    deliver(positions, rowNumbers, n, conditions, codes, block);
                    n = 0;
                }
            }
        } else if (from < to) {
            int last = Math.min((to - 1) >>> 6, passing.length - 1);
            for (int w = from >>> 6; w <= last; w++) {
                long word = passing[w];
                if (w == from >>> 6) {
                    word &= -1L << from; // only the bits from 'from' on
                }
                if (w == (to - 1) >>> 6) {
                    word &= -1L >>> (63 - ((to - 1) & 63)); // only the bits up to 'to - 1'
                }
                while (word != 0) {
                    int p = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    positions[n] = p;
                    rowNumbers[n] = order.row(p);
                    if (++n == BLOCK) {
                        deliver(positions, rowNumbers, n, conditions, codes, block);
                        n = 0;
                    }
                }
            }
        }
        if (n > 0) {
            deliver(positions, rowNumbers, n, conditions, codes, block);
        }
    }

    private static void deliver(int[] positions, int[] rowNumbers, int count, List<Condition> conditions, int[] codes,
                                Block block) {
        for (Condition c : conditions) {
            c.column().read(rowNumbers, count, codes);
            int kept = 0;
            for (int k = 0; k < count; k++) {
                if (codes[k] == c.code()) {
                    positions[kept] = positions[k];
                    rowNumbers[kept++] = rowNumbers[k];
                }
            }
            count = kept;
        }
        if (count > 0) {
            block.rows(positions, rowNumbers, count);
        }
    }
}

package org.fieldreport.indicators;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An int for each pair of a cell and a value met in it: how many rows a child has at a site, or the first day a
 * child was seen there. While a table of every cell by every value would be small (no more ints than the source has
 * rows, or four million), each cell met gets a plain array over the values; beyond that (five thousand activities by a
 * million children) only the pairs met are kept, in a map, so that memory follows the rows read, never cells times
 * values.
 */
final class CellValues {

    /** Receives one pair met: its cell and its int. */
    interface Pair {
        void accept(int cell, int held);
    }

    private static final int SMALL_TABLE = 1 << 22;

    private final int values;
    private final int absent;
    /** Per cell, its ints by value, made when the cell is first met; null when the pairs are kept in the map. */
    private final int[][] tables;
    /** The pairs met, by {@code cell * values + value}, when there is no table. */
    private final Map<Long, Integer> pairs;

    /**
     * Room for {@code cells} by {@code values} (codes 0 to {@code values - 1}); a pair not met holds {@code absent}.
     * {@code rows}, the source's size, bounds how large a table may be.
     */
    CellValues(int cells, int values, int absent, int rows) {
        this.values = values;
        this.absent = absent;
        boolean small = (long) cells * values <= Math.max(SMALL_TABLE, rows);
        this.tables = small ? new int[cells][] : null;
        this.pairs = small ? null : new HashMap<>();
    }

    /** Adds one to the pair's int (for counting, with {@code absent} 0). */
    void addOne(int cell, int value) {
        if (tables != null) {
            table(cell)[value]++;
        } else {
            pairs.merge((long) cell * values + value, absent + 1, Integer::sum);
        }
    }

    /** Keeps the lesser of the pair's int and {@code held} (for first days, with {@code absent} the largest int). */
    void keepLeast(int cell, int value, int held) {
        if (tables != null) {
            int[] table = table(cell);
            table[value] = Math.min(table[value], held);
        } else {
            pairs.merge((long) cell * values + value, held, Math::min);
        }
    }

    private int[] table(int cell) {
        if (tables[cell] == null) {
            tables[cell] = new int[values];
            if (absent != 0) { // a new array holds zeros already
                Arrays.fill(tables[cell], absent);
            }
        }
        return tables[cell];
    }

    /** Hands every pair met to {@code to}. */
    void forEach(Pair to) {
        if (tables == null) {
            pairs.forEach((key, held) -> to.accept((int) (key / values), held));
            return;
        }
        for (int cell = 0; cell < tables.length; cell++) {
            if (tables[cell] != null) {
                for (int held : tables[cell]) {
                    if (held != absent) {
                        to.accept(cell, held);
                    }
                }
            }
        }
    }
}

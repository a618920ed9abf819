package org.fieldreport.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A column of small ints, -128 to 127, one byte a row: for the values of a register that are bounded and checked
 * before they reach it (a sex's ordinal, an age of at most 120). It grows at its end in blocks as {@link IntColumn}
 * does; a value outside a byte's range is refused, never cut.
 */
public final class ByteColumn implements RowInts {

    /** Values per block (64 KiB). */
    static final int BLOCK = 1 << 16;

    private byte[][] blocks = new byte[0][];
    private int size;

    ByteColumn() {
    }

    /** Appends a value; one outside -128 to 127, or beyond {@link IntColumn#MAX_SIZE} values, is refused. */
    void add(int value) {
        if (value != (byte) value) {
            throw new IllegalArgumentException(value + " does not fit a byte column (-128 to 127)");
        }
        if (size == IntColumn.MAX_SIZE) {
            throw new IllegalStateException("a column holds at most " + IntColumn.MAX_SIZE + " values");
        }
        if (size % BLOCK == 0) {
            blocks = Arrays.copyOf(blocks, blocks.length + 1);
            blocks[blocks.length - 1] = new byte[BLOCK];
        }
        blocks[size / BLOCK][size % BLOCK] = (byte) value;
        size++;
    }

    @Override
    public int get(int row) {
        Objects.checkIndex(row, size);
        return blocks[row / BLOCK][row % BLOCK];
    }

    @Override
    public void copy(int from, int count, int[] into) {
        Objects.checkFromIndexSize(from, count, size);
        for (int k = 0; k < count; k++) {
            int at = from + k;
            into[k] = blocks[at / BLOCK][at % BLOCK];
        }
    }

    @Override
    public int size() {
        return size;
    }
}

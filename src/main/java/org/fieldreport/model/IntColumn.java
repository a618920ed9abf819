package org.fieldreport.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A column of plain ints, read by index, that grows only at its end. The values sit in blocks of {@value #BLOCK}
 * ints, so that growing never copies what is already held: an array that doubles needs room for both copies for a
 * moment, 80 MB for one column of ten million rows. Only this package appends ({@link AttendanceRegister}'s builder);
 * everyone else reads a column that no longer changes, or makes one with {@link #of}. Readers of many rows copy a
 * few thousand values at a time ({@link #copy}) and loop over a plain array.
 */
public final class IntColumn implements RowInts {

    /** Values per block (256 KiB of ints): index {@code i} is at {@code i % BLOCK} of block {@code i / BLOCK}. */
    static final int BLOCK = 1 << 16;

    /** The most values a column holds: an index is an int. */
    public static final int MAX_SIZE = Integer.MAX_VALUE;

    private int[][] blocks = new int[0][];
    private int size;

    IntColumn() {
    }

    /** A column holding {@code values}, in order. */
    public static IntColumn of(int... values) {
        IntColumn column = new IntColumn();
        for (int v : values) {
            column.add(v);
        }
        return column;
    }

    /** Appends a value; a column that holds {@link #MAX_SIZE} values already refuses it. */
    void add(int value) {
        if (size == MAX_SIZE) {
            throw new IllegalStateException("a column holds at most " + MAX_SIZE + " values");
        }
        if (size % BLOCK == 0) {
            blocks = Arrays.copyOf(blocks, blocks.length + 1); // a list of blocks: copying it moves no value
            blocks[blocks.length - 1] = new int[BLOCK];
        }
        blocks[size / BLOCK][size % BLOCK] = value;
        size++;
    }

    @Override
    public int get(int index) {
        Objects.checkIndex(index, size);
        return blocks[index / BLOCK][index % BLOCK];
    }

    @Override
    public void copy(int from, int count, int[] into) {
        Objects.checkFromIndexSize(from, count, size);
        for (int done = 0; done < count; ) {
            int at = from + done;
            int n = Math.min(count - done, BLOCK - at % BLOCK);
            System.arraycopy(blocks[at / BLOCK], at % BLOCK, into, done, n);
            done += n;
        }
    }

    @Override
    public int size() {
        return size;
    }
}

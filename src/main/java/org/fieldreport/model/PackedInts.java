package org.fieldreport.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A column of ints in chunks of {@link AttendanceRows#CHUNK} rows, each chunk packed as small as its own values
 * allow: one byte a row when it holds at most 256 distinct values (a palette: the days of a date-ordered file, the
 * sites, activities, sexes and ages), else two bytes a row when they lie within 65,536 of each other (the sessions of
 * a chunk), else a full int. A {@code stepping} column stores each value less its place in the chunk, so that a line
 * number that grows by one a row is a single value. Chunks are added whole, in order; {@link #done()} ends the
 * building, after which the column only reads and is safe to share between threads.
 */
final class PackedInts {

    private static final int CHUNK_BITS = Integer.numberOfTrailingZeros(AttendanceRows.CHUNK);
    private static final int MASK = AttendanceRows.CHUNK - 1;
    private static final int PALETTE = 256;

    private final boolean stepping;
    private final List<byte[]> byteChunks = new ArrayList<>();
    private final List<int[]> paletteChunks = new ArrayList<>();
    private final List<short[]> shortChunks = new ArrayList<>();
    private final List<int[]> intChunks = new ArrayList<>();
    private final List<Integer> baseList = new ArrayList<>();
    private byte[][] bytes;
    private int[][] palettes;
    private short[][] shorts;
    private int[][] ints;
    private int[] bases;

    PackedInts(boolean stepping) {
        this.stepping = stepping;
    }

    /**
     * Adds the next chunk: {@code values[0..count)}. Returns false when the column keeps {@code values} itself (as
     * full ints), so the caller must not reuse the array.
     */
    boolean add(int[] values, int count) {
        byte[] index = new byte[count];
        int[] palette = palette(values, count, index);
        if (palette != null) {
            keep(index, palette, null, null, 0);
            return true;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long v = adjusted(values, i);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min <= 0xFFFF) {
            long base = min - Short.MIN_VALUE;
            if (base >= Integer.MIN_VALUE && base <= Integer.MAX_VALUE) {
                short[] offsets = new short[count];
                for (int i = 0; i < count; i++) {
                    offsets[i] = (short) (adjusted(values, i) - base);
                }
                keep(null, null, offsets, null, (int) base);
                return true;
            }
        }
        boolean whole = count == values.length;
        keep(null, null, null, whole ? values : Arrays.copyOf(values, count), 0);
        return !whole;
    }

    private long adjusted(int[] values, int i) {
        return stepping ? (long) values[i] - i : values[i];
    }

    /**
     * The distinct (adjusted) values in the order first met, with each row's place among them written to
     * {@code index}, when there are at most 256 of them; else null.
     */
    private int[] palette(int[] values, int count, byte[] index) {
        int[] slots = new int[PALETTE * 4];
        int[] places = new int[slots.length]; // place + 1; 0 = empty slot
        int[] palette = new int[PALETTE];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            long v = adjusted(values, i);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                return null;
            }
            int x = (int) v;
            int h = (x * 0x9E3779B9) >>> 22; // 10 bits: slots.length == 1024
            while (places[h] != 0 && slots[h] != x) {
                h = (h + 1) & (slots.length - 1);
            }
            if (places[h] == 0) {
                if (distinct == PALETTE) {
                    return null;
                }
                palette[distinct] = x;
                places[h] = ++distinct;
                slots[h] = x;
            }
            index[i] = (byte) (places[h] - 1);
        }
        return Arrays.copyOf(palette, distinct);
    }

    private void keep(byte[] index, int[] palette, short[] offsets, int[] whole, int base) {
        byteChunks.add(index);
        paletteChunks.add(palette);
        shortChunks.add(offsets);
        intChunks.add(whole);
        baseList.add(base);
    }

    PackedInts done() {
        bytes = byteChunks.toArray(new byte[0][]);
        palettes = paletteChunks.toArray(new int[0][]);
        shorts = shortChunks.toArray(new short[0][]);
        ints = intChunks.toArray(new int[0][]);
        bases = baseList.stream().mapToInt(Integer::intValue).toArray();
        byteChunks.clear();
        paletteChunks.clear();
        shortChunks.clear();
        intChunks.clear();
        baseList.clear();
        return this;
    }

    int get(int row) {
        int c = row >>> CHUNK_BITS;
        int i = row & MASK;
        int step = stepping ? i : 0;
        byte[] index = bytes[c];
        if (index != null) {
            return palettes[c][index[i] & 0xFF] + step;
        }
        short[] offsets = shorts[c];
        if (offsets != null) {
            return bases[c] + offsets[i] + step;
        }
        return ints[c][i];
    }

    /**
     * Copies the values of rows {@code rows[0..count)} into {@code values}, decoding each run of rows in one chunk
     * with that chunk's packing.
     */
    void read(int[] rows, int count, int[] values) {
        int k = 0;
        while (k < count) {
            int c = rows[k] >>> CHUNK_BITS;
            int end = k + 1;
            while (end < count && rows[end] >>> CHUNK_BITS == c) {
                end++;
            }
            byte[] index = bytes[c];
            short[] offsets = shorts[c];
            if (index != null) {
                int[] palette = palettes[c];
                for (int j = k; j < end; j++) {
                    int i = rows[j] & MASK;
                    values[j] = palette[index[i] & 0xFF] + (stepping ? i : 0);
                }
            } else if (offsets != null) {
                int base = bases[c];
                for (int j = k; j < end; j++) {
                    int i = rows[j] & MASK;
                    values[j] = base + offsets[i] + (stepping ? i : 0);
                }
            } else {
                int[] whole = ints[c];
                for (int j = k; j < end; j++) {
                    values[j] = whole[rows[j] & MASK];
                }
            }
            k = end;
        }
    }
}

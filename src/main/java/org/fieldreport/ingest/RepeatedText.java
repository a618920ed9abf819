package org.fieldreport.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One copy of each value that a file repeats row after row (a child code, a session id): a million attendance rows
 * then hold a few thousand strings instead of two million, and each keeps its computed hash for the distinct counts.
 * Values are looked up by their UTF-8 bytes, so a value already seen costs no String at all. Each column has its own
 * table (small tables stay in the processor's cache) and remembers its last value (a session's rows come together).
 * One per file being read; not shared between threads.
 */
final class RepeatedText {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private Values[] columns = new Values[8];

    /** The one copy of the text of column {@code column} whose UTF-8 bytes are [from, to) of {@code bytes}. */
    String of(int column, byte[] bytes, int from, int to) {
        if (column >= columns.length) {
            columns = Arrays.copyOf(columns, column + 1);
        }
        Values values = columns[column];
        if (values == null) {
            values = columns[column] = new Values();
        }
        return values.of(bytes, from, to);
    }

    /**
     * The number of the value that {@link #of} last returned for {@code column}: the values of a column are numbered
     * 0, 1, 2... in the order first met. -1 before any.
     */
    int lastNumber(int column) {
        Values values = column < columns.length ? columns[column] : null;
        return values == null ? -1 : values.last;
    }

    /** Up to eight bytes from {@code at} (none at or past {@code to}) as a little-endian number, zeros after them. */
    private static long word(byte[] bytes, int at, int to) {
        if (at >= to) {
            return 0;
        }
        int n = to - at;
        if (n >= 8) {
            return (long) LONGS.get(bytes, at);
        }
        if (at + 8 <= bytes.length) {
            return (long) LONGS.get(bytes, at) & (1L << (n << 3)) - 1;
        }
        long w = 0;
        for (int i = 0; i < n; i++) {
            w |= (bytes[at + i] & 0xFFL) << (i << 3);
        }
        return w;
    }

    /** The values of one column: an open-addressing table over their bytes. */
    private static final class Values {
        /** Bytes of a value kept with its entry; the rest, if any, is compared in {@link #store}. */
        private static final int INLINE = 24;

        /** Per slot: 1 + the index of the value there, or 0 when empty. Small, so that it stays in the cache. */
        private int[] slots = new int[1 << 8];
        /**
         * Four numbers per value, together in one cache line: its hash in the high half and its length in the low
         * half, then its first 24 bytes.
         */
        private long[] entries = new long[4 << 7];
        private String[] strings = new String[1 << 7];
        /** Per value longer than 24 bytes: where the rest of its bytes start in {@link #store}. */
        private int[] rests = new int[1 << 7];
        /** The bytes after the 24th of every value longer than that, one after the other. */
        private byte[] store = new byte[1 << 10];
        private int stored;
        private int count;
        private int last = -1;

        String of(byte[] bytes, int from, int to) {
            int length = to - from;
            long k0 = word(bytes, from, to);
            long k1 = word(bytes, from + 8, to);
            long k2 = word(bytes, from + 16, to);
            if (last >= 0 && same(last, length, k0, k1, k2, bytes, from)) {
                return strings[last];
            }
            int hash = hash(length, k0, k1, k2, bytes, from, to);
            long head = (long) hash << 32 | length;
            int mask = slots.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int entry = slots[slot] - 1;
                if (entry < 0) {
                    return add(slot, head, k0, k1, k2, bytes, from, length);
                }
                if (entries[entry << 2] == head && same(entry, length, k0, k1, k2, bytes, from)) {
                    last = entry;
                    return strings[entry];
                }
            }
        }

        private boolean same(int entry, int length, long k0, long k1, long k2, byte[] bytes, int from) {
            long[] e = entries;
            int at = entry << 2;
            if ((int) e[at] != length || e[at + 1] != k0 || e[at + 2] != k1 || e[at + 3] != k2) {
                return false;
            }
            if (length <= INLINE) {
                return true;
            }
            int start = rests[entry];
            return Arrays.equals(store, start, start + length - INLINE, bytes, from + INLINE, from + length);
        }

        private String add(int slot, long head, long k0, long k1, long k2, byte[] bytes, int from, int length) {
            if (count == strings.length) {
                strings = Arrays.copyOf(strings, count * 2);
                entries = Arrays.copyOf(entries, count * 8);
                rests = Arrays.copyOf(rests, count * 2);
            }
            int at = count << 2;
            entries[at] = head;
            entries[at + 1] = k0;
            entries[at + 2] = k1;
            entries[at + 3] = k2;
            if (length > INLINE) {
                int rest = length - INLINE;
                if (stored + rest > store.length) {
                    store = Arrays.copyOf(store, Math.max(store.length * 2, stored + rest));
                }
                System.arraycopy(bytes, from + INLINE, store, stored, rest);
                rests[count] = stored;
                stored += rest;
            }
            String value = new String(bytes, from, length, StandardCharsets.UTF_8);
            strings[count] = value;
            last = count;
            slots[slot] = ++count;
            if (count * 2 > slots.length) {
                rehash();
            }
            return value;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int entry = 0; entry < count; entry++) {
                int slot = (int) (entries[entry << 2] >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry + 1;
            }
        }

        /** A hash of the value; every bit of every byte reaches the bits that pick a slot. */
        private static int hash(int length, long k0, long k1, long k2, byte[] bytes, int from, int to) {
            long h = (length ^ k0) * MIX;
            h = (h ^ h >>> 32 ^ k1) * MIX;
            h = (h ^ h >>> 32 ^ k2) * MIX;
            for (int i = from + INLINE; i < to; i += 8) {
                h = (h ^ h >>> 32 ^ word(bytes, i, to)) * MIX;
            }
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return (int) h;
        }
    }
}

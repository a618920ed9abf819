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
        /** Per slot: 1 + the index of the value there, or 0 when empty. Small, so that it stays in the cache. */
        private int[] slots = new int[1 << 8];
        private int[] hashes = new int[1 << 7];
        /** Per value: where its bytes start in {@link #store} in the high half, their length in the low half. */
        private long[] places = new long[1 << 7];
        private String[] strings = new String[1 << 7];
        /** The bytes of every value, one after the other. */
        private byte[] store = new byte[1 << 12];
        private int stored;
        private int count;
        private int last = -1;

        String of(byte[] bytes, int from, int to) {
            if (last >= 0 && same(last, bytes, from, to)) {
                return strings[last];
            }
            int hash = hash(bytes, from, to);
            int mask = slots.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int entry = slots[slot] - 1;
                if (entry < 0) {
                    return add(slot, hash, bytes, from, to);
                }
                if (hashes[entry] == hash && same(entry, bytes, from, to)) {
                    last = entry;
                    return strings[entry];
                }
            }
        }

        private boolean same(int entry, byte[] bytes, int from, int to) {
            long place = places[entry];
            int length = to - from;
            if ((int) place != length) {
                return false;
            }
            int at = (int) (place >>> 32);
            if (length > 16) {
                return Arrays.equals(store, at, at + length, bytes, from, to);
            }
            for (int i = 0; i < length; i++) {
                if (store[at + i] != bytes[from + i]) {
                    return false;
                }
            }
            return true;
        }

        private String add(int slot, int hash, byte[] bytes, int from, int to) {
            int length = to - from;
            if (count == strings.length) {
                strings = Arrays.copyOf(strings, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
                places = Arrays.copyOf(places, count * 2);
            }
            if (stored + length > store.length) {
                store = Arrays.copyOf(store, Math.max(store.length * 2, stored + length));
            }
            System.arraycopy(bytes, from, store, stored, length);
            String value = new String(bytes, from, length, StandardCharsets.UTF_8);
            strings[count] = value;
            hashes[count] = hash;
            places[count] = (long) stored << 32 | length;
            stored += length;
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
                int slot = hashes[entry] & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry + 1;
            }
        }

        /** A hash of the bytes, taken eight at a time; every bit of every byte reaches the bits that pick a slot. */
        private static int hash(byte[] bytes, int from, int to) {
            long h = to - from;
            for (int i = from; i < to; i += 8) {
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

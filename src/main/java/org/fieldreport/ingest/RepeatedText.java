package org.fieldreport.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One copy of each value that a file repeats row after row (a child code, a session id): a million attendance rows
 * then hold a few thousand strings instead of two million, and each keeps its computed hash for the distinct counts.
 * Values are looked up by their UTF-8 bytes, so a value already seen costs no String at all. One per file being
 * read; not shared between threads.
 */
final class RepeatedText {

    /** Per slot: 1 + the index of the value there, or 0 when empty. Its length is a power of two. */
    private int[] slots = new int[1 << 10];
    private String[] values = new String[1 << 9];
    private int[] hashes = new int[1 << 9];
    private int[] offsets = new int[1 << 9];
    private int[] lengths = new int[1 << 9];
    /** The bytes of every value, one after the other. */
    private byte[] store = new byte[1 << 14];
    private int stored;
    private int count;

    String of(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return of(bytes, 0, bytes.length);
    }

    /** The one copy of the text whose UTF-8 bytes are [from, to) of {@code bytes}. */
    String of(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = slots.length - 1;
        int length = to - from;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return add(slot, hash, bytes, from, length);
            }
            if (hashes[entry] == hash && lengths[entry] == length
                    && Arrays.equals(store, offsets[entry], offsets[entry] + length, bytes, from, to)) {
                return values[entry];
            }
        }
    }

    private String add(int slot, int hash, byte[] bytes, int from, int length) {
        if (count == values.length) {
            int more = count * 2;
            values = Arrays.copyOf(values, more);
            hashes = Arrays.copyOf(hashes, more);
            offsets = Arrays.copyOf(offsets, more);
            lengths = Arrays.copyOf(lengths, more);
        }
        if (stored + length > store.length) {
            store = Arrays.copyOf(store, Math.max(store.length * 2, stored + length));
        }
        System.arraycopy(bytes, from, store, stored, length);
        String value = new String(bytes, from, length, StandardCharsets.UTF_8);
        values[count] = value;
        hashes[count] = hash;
        offsets[count] = stored;
        lengths[count] = length;
        stored += length;
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

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        // spread the bits: codes differ mostly in their last characters
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}

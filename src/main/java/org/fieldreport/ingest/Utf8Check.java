package org.fieldreport.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 by the same rules as Java's decoder (no overlong forms, no surrogates, no
 * code point above U+10FFFF, no sequence cut short). Plain ASCII, the usual case, is recognised eight bytes at a
 * time.
 */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Check() {
    }

    /** The index of the first byte of the first malformed sequence in [from, to), or -1 when there is none. */
    static int firstMalformed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            // skip ASCII eight bytes at a time
            while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= to) {
                break;
            }
            int x = b[i];
            if (x >= 0) {
                i++;
                continue;
            }
            x &= 0xFF;
            if (x < 0xC2) {
                return i; // a continuation byte without a lead, or an overlong two-byte form
            } else if (x < 0xE0) {
                if (i + 1 >= to || !continuation(b[i + 1])) {
                    return i;
                }
                i += 2;
            } else if (x < 0xF0) {
                if (i + 2 >= to) {
                    return i;
                }
                int y = b[i + 1] & 0xFF;
                if (!continuation(b[i + 1]) || !continuation(b[i + 2])
                        || x == 0xE0 && y < 0xA0 // overlong
                        || x == 0xED && y > 0x9F) { // a surrogate
                    return i;
                }
                i += 3;
            } else if (x < 0xF5) {
                if (i + 3 >= to) {
                    return i;
                }
                int y = b[i + 1] & 0xFF;
                if (!continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])
                        || x == 0xF0 && y < 0x90 // overlong
                        || x == 0xF4 && y > 0x8F) { // above U+10FFFF
                    return i;
                }
                i += 4;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The character that the sequence at {@code i} encodes when it is one of the Basic Multilingual Plane (two or
     * three bytes, within [i, to)), else -1.
     */
    static int bmpChar(byte[] b, int i, int to) {
        int x = b[i] & 0xFF;
        if (x >= 0xC2 && x < 0xE0 && i + 1 < to) {
            return (x & 0x1F) << 6 | b[i + 1] & 0x3F;
        }
        if (x >= 0xE0 && x < 0xF0 && i + 2 < to) {
            return (x & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
        }
        return -1;
    }

    /** How many bytes the sequence whose lead byte is {@code lead} takes (1 for a byte that cannot lead). */
    static int sequenceLength(byte lead) {
        int x = lead & 0xFF;
        if (x >= 0xC0 && x < 0xE0) {
            return 2;
        }
        if (x >= 0xE0 && x < 0xF0) {
            return 3;
        }
        if (x >= 0xF0 && x < 0xF8) {
            return 4;
        }
        return 1;
    }
}

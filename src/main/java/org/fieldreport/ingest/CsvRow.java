package org.fieldreport.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One record of a CSV file, with the 1-based line on which it starts: a view of the bytes that {@link CsvInput} read,
 * whose fields become Strings only when asked for. A row is valid only while the consumer that received it runs; it
 * refuses to be read after its bytes have been reused. The same object is moved on to the next record when the consumer
 * returns: a consumer keeps what it needs from a row, never the row.
 */
public final class CsvRow {

    /** One-character ASCII texts and two-digit numbers, made once: a sex or an age costs no String per row. */
    private static final String[] ONE_CHAR = new String[128];
    private static final String[] TWO_DIGITS = new String[100];

    static {
        for (char c = 0; c < 128; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
        for (int n = 0; n < 100; n++) {
            TWO_DIGITS[n] = (n < 10 ? "0" : "") + n;
        }
    }

    private CsvChunk chunk;
    private int generation;
    private int line;
    private int firstField;
    private int fieldCount;

    CsvRow(CsvChunk chunk, int record) {
        at(chunk, record);
    }

    /**
     * Makes this object the view of another record: {@link CsvInput} hands one object per file to its consumer,
     * moved from record to record, so a million rows make no garbage here.
     */
    CsvRow at(CsvChunk chunk, int record) {
        this.chunk = chunk;
        this.generation = chunk.generation;
        this.line = chunk.recordLine[record];
        this.firstField = chunk.recordField[record];
        this.fieldCount = chunk.recordField[record + 1] - firstField;
        return this;
    }

    public int line() {
        return line;
    }

    /** How many fields the record has (at least one: an empty line is one empty field). */
    public int fieldCount() {
        return fieldCount;
    }

    /** The text of field {@code i} as it stands in the file, quotes removed. */
    public String value(int i) {
        byte[] b = bytes();
        int start = start(i);
        return new String(b, start, end(i) - start, StandardCharsets.UTF_8);
    }

    /** Every field's text; makes a String per field, so not for rows read by the million. */
    public String[] values() {
        String[] values = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            values[i] = value(i);
        }
        return values;
    }

    /** True when every field is empty or whitespace. */
    public boolean isBlank() {
        byte[] b = bytes();
        for (int i = 0; i < fieldCount; i++) {
            int start = textStart(i);
            int end = textEnd(i, start);
            if (start < end && (b[start] >= 0 && b[end - 1] >= 0 || !value(i).isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** An HXL hashtag row: every non-empty cell starts with '#'. */
    public boolean isHxlTags() {
        byte[] b = bytes();
        boolean any = false;
        for (int i = 0; i < fieldCount; i++) {
            // as String.trim(): every character up to U+0020 is space, and no byte of a longer character is
            int start = start(i);
            int end = end(i);
            while (start < end && b[start] >= 0 && b[start] <= ' ') {
                start++;
            }
            while (end > start && b[end - 1] >= 0 && b[end - 1] <= ' ') {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (b[start] != '#') {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Field {@code i} without surrounding whitespace, as {@link String#strip()} would give it. */
    String text(int i) {
        byte[] b = bytes();
        int start = textStart(i);
        int end = textEnd(i, start);
        if (start == end) {
            return "";
        }
        if (b[start] < 0 || b[end - 1] < 0) {
            return value(i).strip(); // a character beyond ASCII at an edge may be whitespace too
        }
        if (end - start == 1) {
            return ONE_CHAR[b[start]];
        }
        if (end - start == 2 && isDigit(b[start]) && isDigit(b[start + 1])) {
            return TWO_DIGITS[(b[start] - '0') * 10 + b[start + 1] - '0'];
        }
        return new String(b, start, end - start, StandardCharsets.UTF_8);
    }

    /** The bytes that the fields are ranges of. */
    byte[] bytes() {
        if (chunk.generation != generation) {
            throw new IllegalStateException("a CSV row was read after its consumer returned: keep its values instead");
        }
        return chunk.bytes;
    }

    /** Where field {@code i} starts in {@link #bytes()}. */
    int start(int i) {
        Objects.checkIndex(i, fieldCount);
        return chunk.fieldStart[firstField + i];
    }

    /** Where field {@code i} ends in {@link #bytes()} (exclusive). */
    int end(int i) {
        Objects.checkIndex(i, fieldCount);
        return chunk.fieldEnd[firstField + i];
    }

    /** Where field {@code i} starts once ASCII whitespace before it is skipped. */
    int textStart(int i) {
        byte[] b = bytes();
        int start = start(i);
        int end = end(i);
        while (start < end && isAsciiSpace(b[start])) {
            start++;
        }
        return start;
    }

    /** Where field {@code i} ends once ASCII whitespace after it is dropped, given its {@link #textStart}. */
    int textEnd(int i, int textStart) {
        byte[] b = bytes();
        int end = end(i);
        while (end > textStart && isAsciiSpace(b[end - 1])) {
            end--;
        }
        return end;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The ASCII characters for which {@link Character#isWhitespace} holds. */
    private static boolean isAsciiSpace(byte b) {
        return b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1C && b <= 0x1F;
    }
}

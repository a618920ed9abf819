package org.fieldreport.ingest;

import java.io.IOException;
import java.util.Arrays;
import org.fieldreport.problem.Problem;

/**
 * A block of a CSV file's bytes on its way through {@link CsvInput}: read and hashed, then split into records whose
 * fields are ranges of the block's own bytes, then handed to the consumer as {@link CsvRow}s. Blocks are recycled
 * once consumed; {@link #generation} lets a row that outlived its block fail loudly instead of reading other bytes.
 *
 * <p>The data starts at {@link #start}: the bytes before {@code start} are room for the unfinished record that the
 * previous block ended with, copied in front of this block's own bytes so that every record lies in one array.
 */
final class CsvChunk {

    byte[] bytes;
    /** Where the data begins: the carried unfinished record, then the bytes read into this block. */
    int start;
    /** Where the data ends. */
    int limit;
    /** No byte of the file follows this block's (from the reader), or no chunk follows this one (to the consumer). */
    boolean last;
    /** Why reading the file stopped early, on the last chunk. */
    Problem failure;
    IOException readFailure;
    RuntimeException unexpected;

    int records;
    /** Per record: its 1-based line, where its bytes begin, and the index of its first field (one more entry). */
    int[] recordLine;
    int[] recordStart;
    int[] recordField;

    int fields;
    /** Per field: its content as the range [start, end) of {@link #bytes}, without surrounding quotes. */
    int[] fieldStart;
    int[] fieldEnd;

    /** The fields that hold doubled quotes ({@code ""}) still to be made single. */
    int escaped;
    int[] escapedFields;

    int generation;

    CsvChunk(int capacity) {
        bytes = new byte[capacity];
        int expectedRecords = Math.max(16, capacity / 48);
        recordLine = new int[expectedRecords];
        recordStart = new int[expectedRecords];
        recordField = new int[expectedRecords + 1];
        fieldStart = new int[expectedRecords * 8];
        fieldEnd = new int[expectedRecords * 8];
        escapedFields = new int[16];
    }

    void addField(int from, int to) {
        if (fields == fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, fields * 2);
            fieldEnd = Arrays.copyOf(fieldEnd, fields * 2);
        }
        fieldStart[fields] = from;
        fieldEnd[fields] = to;
        fields++;
    }

    void markEscaped() {
        if (escaped == escapedFields.length) {
            escapedFields = Arrays.copyOf(escapedFields, escaped * 2);
        }
        escapedFields[escaped++] = fields - 1;
    }

    void addRecord(int from, int line, int firstField) {
        if (records == recordLine.length) {
            recordLine = Arrays.copyOf(recordLine, records * 2);
            recordStart = Arrays.copyOf(recordStart, records * 2);
            recordField = Arrays.copyOf(recordField, records * 2 + 1);
        }
        recordLine[records] = line;
        recordStart[records] = from;
        recordField[records] = firstField;
        records++;
        recordField[records] = fields;
    }

    /** Keeps only the first {@code count} records. */
    void keep(int count) {
        records = count;
        fields = recordField[count];
    }

    /** Turns each doubled quote of the escaped fields into one, in place, and shortens those fields. */
    void unescape() {
        for (int k = 0; k < escaped; k++) {
            int f = escapedFields[k];
            if (f >= fields) {
                break;
            }
            int read = fieldStart[f];
            int write = read;
            int end = fieldEnd[f];
            while (read < end) {
                byte b = bytes[read];
                bytes[write++] = b;
                read += b == '"' ? 2 : 1;
            }
            fieldEnd[f] = write;
        }
        escaped = 0;
    }

    /** Makes the chunk ready to be read into again; rows still pointing at it will refuse to be read. */
    void recycle(int capacity) {
        generation++;
        if (bytes.length > capacity) {
            bytes = new byte[capacity]; // a record longer than a block grew it: let that memory go
        }
        start = 0;
        limit = 0;
        last = false;
        failure = null;
        readFailure = null;
        unexpected = null;
        records = 0;
        fields = 0;
        escaped = 0;
        recordField[0] = 0;
    }
}

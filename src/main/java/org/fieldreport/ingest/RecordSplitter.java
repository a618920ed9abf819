package org.fieldreport.ingest;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * Splits the blocks of a CSV file into records and fields, on a thread of its own, the way Commons CSV's default
 * format reads them: records end at CR, LF or CRLF; a field that starts with a quote runs to the matching quote, may
 * hold delimiters, newlines and doubled quotes, and may be followed only by whitespace before the next delimiter; a
 * quote anywhere else is an ordinary character; an empty line is a record of one empty field.
 *
 * <p>A block rarely ends on a record boundary: the unfinished record is copied in front of the next block's bytes (or,
 * when longer than that room, gathered with at least as many new bytes into a larger array, so that a huge record
 * costs linear time) and split again there. Each block's finished records are checked to be UTF-8 before they are
 * passed on. The first problem (bytes that are not text, a quote never closed, text after a closing quote) ends the
 * splitting with every record before it passed on.
 */
final class RecordSplitter implements Runnable {

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte QUOTE = '"';

    private enum Fault { UNTERMINATED_QUOTE, BAD_QUOTE }

    private final String file;
    private final Charset charset;
    private final byte delimiter;
    private final int headroom;
    private final BlockingQueue<CsvChunk> hashed;
    private final BlockingQueue<CsvChunk> ready;
    private final Consumer<CsvChunk> recycle;
    private final Runnable stopReading;

    /** The line on which the next record starts. */
    private int line = 1;
    /** The last record ended with CR as the last byte of its block: an LF that starts the next block is its end. */
    private boolean skipLf;
    private Fault fault;
    private int faultLine;
    private int faultAt;
    private int faultRecord;

    RecordSplitter(String file, Charset charset, byte delimiter, int headroom, BlockingQueue<CsvChunk> hashed,
                   BlockingQueue<CsvChunk> ready, Consumer<CsvChunk> recycle, Runnable stopReading) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.headroom = headroom;
        this.hashed = hashed;
        this.ready = ready;
        this.recycle = recycle;
        this.stopReading = stopReading;
    }

    @Override
    public void run() {
        CsvChunk current = null;
        try {
            try {
                int unfinished = 0;
                while (true) {
                    CsvChunk next = hashed.take();
                    if (current != null) {
                        next = carry(current, unfinished, next);
                    } else {
                        next.start = headroom;
                    }
                    current = next;
                    if (current.readFailure != null) {
                        current.last = true;
                        ready.put(current);
                        return;
                    }
                    boolean fileRead = current.last;
                    unfinished = split(current);
                    if (unfinished < 0 || fileRead) {
                        current.last = true;
                        ready.put(current);
                        current = null;
                        if (!fileRead) {
                            drain();
                        }
                        return;
                    }
                }
            } catch (RuntimeException | Error e) {
                CsvChunk end = new CsvChunk(0);
                end.last = true;
                end.unexpected = e instanceof RuntimeException r ? r
                        : new IllegalStateException("reading " + file + " failed: " + e, e);
                stopReading.run();
                ready.put(end);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts the unfinished record that starts at {@code from} in {@code current} in front of {@code next}'s bytes and
     * passes {@code current} on. Returns the chunk to split next: {@code next}, or one gathered from several blocks
     * when the record is longer than the room in front of a block.
     */
    private CsvChunk carry(CsvChunk current, int from, CsvChunk next) throws InterruptedException {
        int length = current.limit - from;
        if (length <= headroom) {
            System.arraycopy(current.bytes, from, next.bytes, headroom - length, length);
            next.start = headroom - length;
            pass(current);
            return next;
        }
        // A record longer than the room: gather at least as many new bytes as it already has, so that splitting it
        // again and again costs no more than twice its length in all.
        byte[] gathered = new byte[headroom + Math.max(2 * length, length + next.limit - headroom)];
        System.arraycopy(current.bytes, from, gathered, headroom, length);
        int filled = headroom + length;
        pass(current);
        CsvChunk block = next;
        while (true) {
            if (block.readFailure != null) {
                return block;
            }
            int n = block.limit - headroom;
            if (filled + n > gathered.length) {
                gathered = Arrays.copyOf(gathered, Math.max(2 * gathered.length, filled + n));
            }
            System.arraycopy(block.bytes, headroom, gathered, filled, n);
            filled += n;
            if (block.last || filled - headroom >= 2 * length) {
                block.bytes = gathered;
                block.start = headroom;
                block.limit = filled;
                return block;
            }
            recycle.accept(block);
            block = hashed.take();
        }
    }

    private void pass(CsvChunk chunk) throws InterruptedException {
        if (chunk.records > 0) {
            ready.put(chunk);
        } else {
            recycle.accept(chunk);
        }
    }

    /** After a problem: hands every block still coming back to be read into, until the reader has hashed the file. */
    private void drain() throws InterruptedException {
        stopReading.run();
        while (true) {
            CsvChunk block = hashed.take();
            boolean end = block.last || block.readFailure != null;
            recycle.accept(block);
            if (end) {
                return;
            }
        }
    }

    /**
     * Splits the finished records of the chunk, checks their bytes and undoubles their quotes. Returns where the
     * unfinished record starts, or -1 when a problem ended the file (the chunk then holds it as its failure).
     */
    private int split(CsvChunk chunk) {
        int from = chunk.start;
        if (skipLf && from < chunk.limit) {
            if (chunk.bytes[from] == LF) {
                from++;
            }
            skipLf = false;
        }
        int firstLine = line;
        int unfinished = scan(chunk, from, chunk.last);
        int checkedTo = unfinished >= 0 ? unfinished : chunk.limit;
        int malformed = Utf8Check.firstMalformed(chunk.bytes, from, checkedTo);
        if (malformed >= 0 && (unfinished >= 0 || fault == Fault.UNTERMINATED_QUOTE || malformed <= faultAt)) {
            int kept = chunk.records;
            while (kept > 0 && recordEnd(chunk, kept - 1, unfinished >= 0 ? unfinished : faultRecord) > malformed) {
                kept--;
            }
            chunk.keep(kept);
            chunk.unescape();
            chunk.failure = notText(lineAt(chunk.bytes, from, malformed, firstLine));
            return -1;
        }
        chunk.unescape();
        if (unfinished < 0) {
            chunk.failure = fault == Fault.UNTERMINATED_QUOTE ? unterminatedQuote(faultLine) : badQuote(faultLine);
        }
        return unfinished;
    }

    private static int recordEnd(CsvChunk chunk, int record, int endOfLast) {
        return record + 1 < chunk.records ? chunk.recordStart[record + 1] : endOfLast;
    }

    /** The line of the byte at {@code at}, counting line ends from {@code from}, which is on {@code line}. */
    private static int lineAt(byte[] b, int from, int at, int line) {
        for (int i = from; i < at; i++) {
            if (b[i] == CR || b[i] == LF && (i == from || b[i - 1] != CR)) {
                line++;
            }
        }
        return line;
    }

    /**
     * Adds the records that end within the chunk, from {@code pos}, to its records; {@code eof}: no byte follows.
     * Returns where the first unfinished record starts ({@code limit} when none), or -1 after noting a fault.
     */
    private int scan(CsvChunk chunk, int pos, boolean eof) {
        final byte[] b = chunk.bytes;
        final int limit = chunk.limit;
        final byte d = delimiter;
        int p = pos;
        while (p < limit) {
            final int recordStart = p;
            final int firstField = chunk.fields;
            final int firstEscaped = chunk.escaped;
            int lines = 0;
            fields:
            while (true) {
                if (p < limit && b[p] == QUOTE) {
                    int q = p + 1;
                    boolean escaped = false;
                    while (true) {
                        if (q >= limit) {
                            if (eof) {
                                return fault(chunk, Fault.UNTERMINATED_QUOTE, recordStart, q, firstField, firstEscaped);
                            }
                            return unfinished(chunk, recordStart, firstField, firstEscaped);
                        }
                        byte x = b[q];
                        if (x == QUOTE) {
                            if (q + 1 < limit) {
                                if (b[q + 1] == QUOTE) {
                                    escaped = true;
                                    q += 2;
                                    continue;
                                }
                            } else if (!eof) {
                                return unfinished(chunk, recordStart, firstField, firstEscaped);
                            }
                            break;
                        }
                        if (x == CR || x == LF && b[q - 1] != CR) {
                            lines++;
                        }
                        q++;
                    }
                    chunk.addField(p + 1, q);
                    if (escaped) {
                        chunk.markEscaped();
                    }
                    p = q + 1;
                    // between the closing quote and the delimiter only whitespace may stand
                    while (true) {
                        if (p >= limit) {
                            if (!eof) {
                                return unfinished(chunk, recordStart, firstField, firstEscaped);
                            }
                            break fields;
                        }
                        byte x = b[p];
                        if (x == d) {
                            p++;
                            continue fields;
                        }
                        if (x == LF || x == CR) {
                            p = endOfLine(b, p, limit, eof);
                            lines++;
                            break fields;
                        }
                        int length = x >= 0 ? 1 : Utf8Check.sequenceLength(x);
                        if (p + length > limit && !eof) {
                            return unfinished(chunk, recordStart, firstField, firstEscaped);
                        }
                        int c = x >= 0 ? x : Utf8Check.bmpChar(b, p, limit);
                        if (c < 0 || !Character.isWhitespace((char) c)) {
                            return fault(chunk, Fault.BAD_QUOTE, recordStart, p, firstField, firstEscaped);
                        }
                        p += length;
                    }
                } else {
                    int from = p;
                    while (p < limit) {
                        byte x = b[p];
                        if (x == d || x == LF || x == CR) {
                            break;
                        }
                        p++;
                    }
                    if (p >= limit) {
                        if (!eof) {
                            return unfinished(chunk, recordStart, firstField, firstEscaped);
                        }
                        chunk.addField(from, p);
                        break;
                    }
                    chunk.addField(from, p);
                    if (b[p] == d) {
                        p++;
                        continue;
                    }
                    p = endOfLine(b, p, limit, eof);
                    lines++;
                    break;
                }
            }
            chunk.addRecord(recordStart, line, firstField);
            line += lines;
        }
        return limit;
    }

    /** Steps over the line end at {@code p}: CR, LF or CRLF, where the LF may start the next block. */
    private int endOfLine(byte[] b, int p, int limit, boolean eof) {
        if (b[p] == CR) {
            if (p + 1 < limit) {
                if (b[p + 1] == LF) {
                    return p + 2;
                }
            } else if (!eof) {
                skipLf = true;
            }
        }
        return p + 1;
    }

    private static int unfinished(CsvChunk chunk, int recordStart, int firstField, int firstEscaped) {
        chunk.fields = firstField;
        chunk.escaped = firstEscaped;
        return recordStart;
    }

    private int fault(CsvChunk chunk, Fault kind, int recordStart, int at, int firstField, int firstEscaped) {
        unfinished(chunk, recordStart, firstField, firstEscaped);
        fault = kind;
        faultLine = line;
        faultAt = at;
        faultRecord = recordStart;
        return -1;
    }

    private Problem notText(int at) {
        return Problem.error("not-text", SourceRef.row(file, at),
                "the file is not valid " + charset.name()
                        + " text from this line on, so the rest of it could not be read",
                "save the export as " + charset.name() + " CSV, or set `encoding` for this file in project.yaml");
    }

    private Problem unterminatedQuote(int at) {
        return Problem.error("unterminated-quote", SourceRef.row(file, at),
                "a quoted field opened on this row is never closed, so the rest of the file could not be read",
                "close the quote (\") or double any quote inside the field (\"\")");
    }

    private Problem badQuote(int at) {
        return Problem.error("bad-quote", SourceRef.row(file, at),
                "text follows a closing quote before the next delimiter, so the rest of the file could not be read",
                "quote the whole field and double any quote inside it (\"\")");
    }
}

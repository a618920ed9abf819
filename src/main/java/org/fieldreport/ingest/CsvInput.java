package org.fieldreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.fieldreport.problem.Problem;

/**
 * Streams the records of one CSV export: decodes it (UTF-8 by default, with or without a byte-order mark), sniffs the
 * delimiter from the header line unless one is given, and hands each record with its starting line to a consumer.
 * Line endings may be CR, LF or CRLF; quoted fields may hold delimiters, quotes and newlines. The file is only read,
 * and its SHA-256 is computed over every byte on the way.
 *
 * <p>Three threads share the work, so that on two cores the hashing and the splitting overlap with whatever the
 * consumer does: a reader thread reads the file in blocks and hashes them; a {@link RecordSplitter} thread splits
 * each block into records whose fields stay bytes of the block; the caller's thread gets one {@link CsvRow} view
 * per record. A field becomes a String only when asked for. Blocks are recycled: at most {@value #BLOCKS} exist at a
 * time, so memory does not grow with the file, and a row may be read only while the consumer is handling it. Text in
 * another encoding is re-encoded as UTF-8 on the reader thread ({@link TranscodedInput}).
 *
 * <p>A malformed file (bytes that are not text in the encoding, an unterminated quote, text after a closing quote)
 * stops the reading with one problem at the line where it happened: what was read before it stands.
 */
public final class CsvInput {

    /** Bytes read per block. */
    private static final int BLOCK = 1 << 20;
    /** Room in front of a block for the unfinished record of the one before. */
    private static final int HEADROOM = 1 << 16;
    /** Blocks in use at once: one being read, one being split, one being consumed, the others waiting. */
    private static final int BLOCKS = 6;

    private static final int RUNNING = 0;
    /** The splitting has ended early: read on only to hash the file. */
    private static final int HASH_ONLY = 1;
    /** The consumer gave up: stop at once. */
    private static final int CANCELLED = 2;

    private final Path path;
    private final String displayName;
    private final Charset charset;
    private final Character delimiter;
    private final ReadProgress progress;
    private final int blockSize;
    private final int headroom;

    public CsvInput(Path path, String displayName, Charset charset, Character delimiter) {
        this(path, displayName, charset, delimiter, ReadProgress.NONE);
    }

    public CsvInput(Path path, String displayName, Charset charset, Character delimiter, ReadProgress progress) {
        this(path, displayName, charset, delimiter, progress, BLOCK, HEADROOM);
    }

    /** With small blocks, tests make records, quotes and characters straddle block boundaries. */
    CsvInput(Path path, String displayName, Charset charset, Character delimiter, ReadProgress progress,
             int blockSize, int headroom) {
        if (delimiter != null && !usableDelimiter(delimiter)) {
            throw new IllegalArgumentException("the delimiter must be one ASCII character other than a quote or a"
                    + " line end: " + delimiter);
        }
        this.progress = progress;
        this.path = path;
        this.displayName = displayName;
        this.charset = charset;
        this.delimiter = delimiter;
        this.blockSize = blockSize;
        this.headroom = headroom;
    }

    /** Whether {@code c} can separate fields: one ASCII character that is not a quote or a line end. */
    public static boolean usableDelimiter(char c) {
        return c < 0x80 && c != '"' && c != '\r' && c != '\n';
    }

    /** What reading the file produced beyond its rows. */
    public record Outcome(String sha256, long bytes, Problem failure) {
    }

    /**
     * Reads every record, header first, and passes it on. Returns the file's hash and the problem that stopped the
     * reading early, if any. A row is valid only during the call to the consumer: keep its values, not the row.
     */
    public Outcome read(Consumer<CsvRow> consumer) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream raw = new CountingInputStream(Files.newInputStream(path), displayName, Files.size(path),
                progress);
             DigestInputStream hashing = new DigestInputStream(raw, digest);
             PushbackInputStream in = new PushbackInputStream(hashing, 4096)) {
            Charset bom = skipByteOrderMark(in);
            Charset effective = bom != null ? bom : charset;
            char sep = delimiter != null ? delimiter : sniffDelimiter(in, effective);
            InputStream text = effective.equals(StandardCharsets.UTF_8) ? in : new TranscodedInput(in, effective);
            Problem failure = new Reading(text, hashing, effective, (byte) sep).run(consumer);
            return new Outcome(HexFormat.of().formatHex(digest.digest()), Files.size(path), failure);
        }
    }

    /** The blocks of one reading of the file and the two threads that fill and split them. */
    private final class Reading {
        private final InputStream text;
        private final InputStream hashing;
        private final BlockingQueue<CsvChunk> free = new ArrayBlockingQueue<>(BLOCKS);
        private final BlockingQueue<CsvChunk> hashed = new ArrayBlockingQueue<>(BLOCKS);
        private final BlockingQueue<CsvChunk> ready = new ArrayBlockingQueue<>(BLOCKS);
        private final Thread reader;
        private final Thread splitter;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        /** Set by the reader thread; read after it has ended. */
        private IOException readFailure;
        private int created;

        Reading(InputStream text, InputStream hashing, Charset charset, byte delimiter) {
            this.text = text;
            this.hashing = hashing;
            this.reader = new Thread(this::readBlocks, "csv read " + displayName);
            this.splitter = new Thread(new RecordSplitter(displayName, charset, delimiter, headroom, hashed, ready,
                    this::recycle, () -> state.accumulateAndGet(HASH_ONLY, Math::max)), "csv split " + displayName);
            reader.setDaemon(true);
            splitter.setDaemon(true);
        }

        Problem run(Consumer<CsvRow> consumer) throws IOException {
            CsvRow row = null;
            reader.start();
            splitter.start();
            boolean finished = false;
            try {
                while (true) {
                    CsvChunk chunk = ready.take();
                    for (int r = 0; r < chunk.records; r++) {
                        consumer.accept(row == null ? row = new CsvRow(chunk, r) : row.at(chunk, r));
                    }
                    if (chunk.last) {
                        if (chunk.unexpected != null) {
                            throw chunk.unexpected;
                        }
                        if (chunk.readFailure != null) {
                            throw chunk.readFailure;
                        }
                        Problem failure = chunk.failure;
                        recycle(chunk);
                        reader.join(); // the hash is complete once the reader has ended
                        splitter.join();
                        finished = true;
                        if (readFailure != null) {
                            throw readFailure;
                        }
                        return failure;
                    }
                    recycle(chunk);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + displayName, e);
            } finally {
                if (!finished) {
                    state.set(CANCELLED);
                    reader.interrupt();
                    splitter.interrupt();
                    awaitEnd(reader);
                    awaitEnd(splitter);
                }
            }
        }

        /**
         * Waits for a cancelled thread to end, so that the file is closed only once no thread reads it; a thread that
         * does not end within seconds (blocked in the operating system) is left, as a daemon, to end on its own.
         */
        private static void awaitEnd(Thread thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void recycle(CsvChunk chunk) {
            chunk.recycle(headroom + blockSize);
            free.offer(chunk);
        }

        /** Reads the file block by block and hashes every byte, also after the splitting has ended early. */
        private void readBlocks() {
            CsvChunk block = null;
            try {
                while (true) {
                    block = free.poll();
                    if (block == null) {
                        if (created < BLOCKS) {
                            created++;
                            block = new CsvChunk(headroom + blockSize);
                        } else {
                            block = free.take();
                        }
                    }
                    if (state.get() != RUNNING) {
                        block.limit = headroom;
                        block.last = true;
                    } else {
                        int n = text.readNBytes(block.bytes, headroom, blockSize);
                        block.limit = headroom + n;
                        block.last = n < blockSize;
                    }
                    boolean last = block.last;
                    hashed.put(block);
                    block = null;
                    if (last) {
                        break;
                    }
                }
                // The text may end before the file does (a transcoding that met bytes that are not text), and the
                // splitting may have ended early: hash the rest.
                byte[] rest = new byte[1 << 16];
                while (state.get() != CANCELLED && hashing.read(rest) >= 0) {
                    // only hashed
                }
            } catch (IOException e) {
                readFailure = e;
                if (block != null && state.get() != CANCELLED) {
                    block.readFailure = e;
                    block.last = true;
                    block.limit = headroom;
                    hashed.offer(block);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Charset skipByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            if (n == 3) {
                in.unread(head, 2, 1);
            }
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            if (n == 3) {
                in.unread(head, 2, 1);
            }
            return StandardCharsets.UTF_16BE;
        }
        in.unread(head, 0, n);
        return null;
    }

    private static char sniffDelimiter(PushbackInputStream in, Charset cs) throws IOException {
        // Peek at the first line without consuming it.
        byte[] buffer = new byte[4096];
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n > 0) {
            in.unread(buffer, 0, n);
        }
        String head = new String(buffer, 0, Math.max(n, 0), cs);
        int end = head.indexOf('\n');
        int cr = head.indexOf('\r');
        if (cr >= 0 && (end < 0 || cr < end)) {
            end = cr;
        }
        String first = end >= 0 ? head.substring(0, end) : head;
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        if (semicolons > commas) {
            return ';';
        }
        return ',';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

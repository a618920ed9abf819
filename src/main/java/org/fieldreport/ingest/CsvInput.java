package org.fieldreport.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * Streams the records of one CSV export: decodes it (UTF-8 by default, with or without a byte-order mark), sniffs the
 * delimiter from the header line unless one is given, and hands each record with its starting line to a consumer.
 * Line endings may be CR, LF or CRLF; quoted fields may hold delimiters, quotes and newlines. The file is only read,
 * and its SHA-256 is computed over every byte on the way. The records are split on a second thread (see
 * {@link #parse}).
 *
 * <p>A malformed file (bytes that are not text in the encoding, an unterminated quote) stops the reading with one
 * problem at the line where it happened: what was read before it stands.
 */
public final class CsvInput {

    private final Path path;
    private final String displayName;
    private final Charset charset;
    private final Character delimiter;
    private final ReadProgress progress;

    public CsvInput(Path path, String displayName, Charset charset, Character delimiter) {
        this(path, displayName, charset, delimiter, ReadProgress.NONE);
    }

    public CsvInput(Path path, String displayName, Charset charset, Character delimiter, ReadProgress progress) {
        this.progress = progress;
        this.path = path;
        this.displayName = displayName;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    /** What reading the file produced beyond its rows. */
    public record Outcome(String sha256, long bytes, Problem failure) {
    }

    /**
     * Reads every record, header first, and passes it on. Returns the file's hash and the problem that stopped the
     * reading early, if any.
     */
    public Outcome read(Consumer<CsvRow> consumer) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream raw = new CountingInputStream(Files.newInputStream(path), displayName, Files.size(path),
                progress);
             DigestInputStream hashing = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), digest);
             PushbackInputStream in = new PushbackInputStream(hashing, 4096)) {
            Charset bom = skipByteOrderMark(in);
            Charset effective = bom != null ? bom : charset;
            char sep = delimiter != null ? delimiter : sniffDelimiter(in, effective);
            Problem failure = parse(in, effective, sep, consumer);
            // Hash the whole file even when parsing stopped early.
            byte[] drain = new byte[1 << 16];
            while (hashing.read(drain) >= 0) {
                // keep reading
            }
            return new Outcome(HexFormat.of().formatHex(digest.digest()), Files.size(path), failure);
        }
    }

    /**
     * Splits the text into records on a thread of its own while the caller's thread consumes them, in order, in
     * batches: on two cores, reading and parsing fields overlap. At most {@value #BATCHES_AHEAD} batches wait, so
     * memory does not grow with the file.
     */
    private Problem parse(InputStream in, Charset cs, char sep, Consumer<CsvRow> consumer) {
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread splitter = new Thread(() -> split(in, cs, sep, ready), "csv " + displayName);
        splitter.setDaemon(true);
        splitter.start();
        try {
            while (true) {
                Batch batch = ready.take();
                batch.rows().forEach(consumer);
                if (batch.last()) {
                    splitter.join();
                    if (batch.unexpected() != null) {
                        throw batch.unexpected();
                    }
                    return batch.failure();
                }
            }
        } catch (InterruptedException e) {
            splitter.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + displayName, e);
        }
    }

    private static final int BATCH_ROWS = 4096;
    private static final int BATCHES_AHEAD = 8;

    /**
     * Records split from the file, in order; the last batch says why reading stopped early, if it did: a problem in
     * the file, or an unexpected error, which the reading thread then throws as its own.
     */
    private record Batch(List<CsvRow> rows, boolean last, Problem failure, RuntimeException unexpected) {
    }

    private void split(InputStream in, Charset cs, char sep, BlockingQueue<Batch> ready) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(in, decoder);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(sep)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        long lineBefore = 0;
        List<CsvRow> rows = new ArrayList<>(BATCH_ROWS);
        Problem failure = null;
        RuntimeException unexpected = null;
        try {
            try {
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    lineBefore = parser.getCurrentLineNumber();
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    rows.add(new CsvRow((int) lineBefore + 1, record.values()));
                    if (rows.size() == BATCH_ROWS) {
                        ready.put(new Batch(rows, false, null, null));
                        rows = new ArrayList<>(BATCH_ROWS);
                    }
                }
            } catch (UncheckedIOException | IOException e) {
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                failure = describe(cause, (int) lineBefore + 1, cs);
            } catch (IllegalStateException e) {
                failure = describe(e, (int) lineBefore + 1, cs);
            } catch (RuntimeException e) {
                unexpected = e;
            } catch (Error e) {
                unexpected = new IllegalStateException("reading " + displayName + " failed: " + e, e);
            }
            ready.put(new Batch(rows, true, failure, unexpected));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Problem describe(Throwable cause, int line, Charset cs) {
        SourceRef where = SourceRef.row(displayName, line);
        if (cause instanceof CharacterCodingException) {
            return Problem.error("not-text", where,
                    "the file is not valid " + cs.name() + " text from this line on, so the rest of it could not be read",
                    "save the export as " + cs.name() + " CSV, or set `encoding` for this file in project.yaml");
        }
        String text = String.valueOf(cause.getMessage());
        if (text.contains("EOF reached before encapsulated token finished")) {
            return Problem.error("unterminated-quote", where,
                    "a quoted field opened on this row is never closed, so the rest of the file could not be read",
                    "close the quote (\") or double any quote inside the field (\"\")");
        }
        if (text.contains("invalid char between encapsulated token and delimiter")) {
            return Problem.error("bad-quote", where,
                    "text follows a closing quote before the next delimiter, so the rest of the file could not be read",
                    "quote the whole field and double any quote inside it (\"\")");
        }
        return Problem.error("unreadable", where, "the file could not be read past this line: " + text, null);
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

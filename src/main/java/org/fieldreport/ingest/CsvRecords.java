package org.fieldreport.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * The records of one CSV export, read with Commons CSV on the caller's thread, each with the 1-based line on which it
 * starts (line ends inside quoted fields count). The text is UTF-8 unless the file's encoding is declared or a
 * byte-order mark (UTF-8, UTF-16LE, UTF-16BE) says otherwise; the delimiter is sniffed from the header line (comma,
 * semicolon or tab) unless declared. Line ends may be CR, LF or CRLF; a quoted field may hold delimiters, doubled
 * quotes and line ends. The file is only read, and the SHA-256 of every byte of it is computed on the way, also when
 * the records stop early.
 *
 * <p>A malformed file (bytes that are not text in the encoding, an unterminated quote, text after a closing quote)
 * stops the reading with one problem at the line where it happened: the records before it stand.
 */
final class CsvRecords {

    /** Bytes read from the file at a time. */
    private static final int BUFFER = 1 << 16;
    /** How much of the file's start the delimiter is sniffed from. */
    private static final int SNIFFED = 4096;

    /** Receives each record: the line on which it starts, and its fields as they stand in the file, unquoted. */
    @FunctionalInterface
    interface Consumer {
        void accept(int line, String[] fields);
    }

    /** What reading the file produced beyond its records: its hash and size, and the problem that ended it early. */
    record Outcome(String sha256, long bytes, Problem failure) {
    }

    private final Path path;
    private final String file;
    private final Charset charset;
    private final Character delimiter;
    private final int headerLine;
    private final ReadProgress progress;

    /** {@code delimiter} null: sniffed from the header line. */
    CsvRecords(Path path, String file, Charset charset, Character delimiter, ReadProgress progress) {
        this(path, file, charset, delimiter, progress, 1);
    }

    /** As above, the delimiter sniffed from line {@code headerLine} when title rows stand above the header. */
    CsvRecords(Path path, String file, Charset charset, Character delimiter, ReadProgress progress, int headerLine) {
        if (delimiter != null && !usableDelimiter(delimiter)) {
            throw new IllegalArgumentException("the delimiter must be one ASCII character other than a quote or a"
                    + " line end: " + delimiter);
        }
        this.path = path;
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.headerLine = headerLine;
        this.progress = progress;
    }

    /** Whether {@code c} can separate fields: one ASCII character that is not a quote or a line end. */
    static boolean usableDelimiter(char c) {
        return c < 0x80 && c != '"' && c != '\r' && c != '\n';
    }

    /** Reads every record, header first, and hands it to {@code consumer}. */
    Outcome read(Consumer consumer) throws IOException {
        MessageDigest digest = sha256();
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(path), file,
                Files.size(path), progress);
             DigestInputStream hashed = new DigestInputStream(counted, digest)) {
            BufferedInputStream in = new BufferedInputStream(hashed, BUFFER);
            Charset marked = skipByteOrderMark(in);
            Charset encoding = marked != null ? marked : charset;
            char separator = delimiter != null ? delimiter : sniffDelimiter(in, encoding, headerLine);
            StrictTextReader text = new StrictTextReader(in, encoding);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(false) // a blank line is a record, so that lines count as the file has them
                    .get();
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                Problem failure = records(parser, text, encoding, consumer);
                hashed.transferTo(OutputStream.nullOutputStream()); // what the records left unread is hashed too
                return new Outcome(HexFormat.of().formatHex(digest.digest()), counted.count(), failure);
            }
        }
    }

    private Problem records(CSVParser parser, StrictTextReader text, Charset encoding, Consumer consumer)
            throws IOException {
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // The parser has counted the line ends up to the end of the record before: this one starts on the next.
            long line = parser.getCurrentLineNumber() + 1;
            if (line > Integer.MAX_VALUE) {
                return Problem.error("too-many-lines", SourceRef.file(file), "the file has more than"
                        + " 2,147,483,647 lines, more than can be counted", "split the export, for example by year");
            }
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return text.reportedBytesThatAreNotText() ? notText(parser, text, encoding) : null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (text.reportedBytesThatAreNotText()) {
                    return notText(parser, text, encoding);
                }
                if (text.stoppedAtLongLine()) {
                    return Problem.error("line-too-long", SourceRef.row(file, (int) line), "this line is longer "
                            + "than 1,000,000 characters (or the file holds no line ends from here on, as a file "
                            + "padded with NUL bytes does), so the rest of the file could not be read",
                            "export the file again as CSV; a row of an export is far shorter");
                }
                if (e.getCause() instanceof CSVException malformed) {
                    return malformed(malformed, (int) line);
                }
                throw e.getCause();
            }
            consumer.accept((int) line, record.values());
        }
    }

    /**
     * The problem of bytes that are not text. The reader has handed on all the text before them and the parser has
     * read it, so they are on the line the parser is on; but just after a line end, the parser still counts the line
     * that ended, and they start the next.
     */
    private Problem notText(CSVParser parser, StrictTextReader text, Charset encoding) {
        long line = parser.getCurrentLineNumber() + (text.atLineStart() ? 1 : 0);
        return Problem.error("not-text", SourceRef.row(file, (int) Math.min(Integer.MAX_VALUE, line)),
                "the file is not valid " + encoding.name()
                        + " text from this line on, so the rest of it could not be read",
                "save the export as " + encoding.name() + " CSV, or set `encoding` for this file in project.yaml");
    }

    /**
     * The problem of a record that Commons CSV cannot split. Its exception tells the two faults of the format apart
     * only by its message.
     */
    private Problem malformed(CSVException e, int line) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return Problem.error("unterminated-quote", SourceRef.row(file, line),
                    "a quoted field opened on this row is never closed, so the rest of the file could not be read",
                    "close the quote (\") or double any quote inside the field (\"\")");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return Problem.error("bad-quote", SourceRef.row(file, line),
                    "text follows a closing quote before the next delimiter, so the rest of the file could not be"
                            + " read",
                    "quote the whole field and double any quote inside it (\"\")");
        }
        return Problem.error("bad-csv", SourceRef.row(file, line),
                "this row cannot be read as CSV (" + message + "), so the rest of the file could not be read",
                "export the file again as CSV");
    }

    /** Steps over a byte-order mark; returns the encoding it names, or null when there is none. */
    private static Charset skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        int[] head = new int[3];
        for (int i = 0; i < 3; i++) {
            head[i] = in.read();
        }
        in.reset();
        Charset marked = null;
        int length = 0;
        if (head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) {
            marked = StandardCharsets.UTF_8;
            length = 3;
        } else if (head[0] == 0xFF && head[1] == 0xFE) {
            marked = StandardCharsets.UTF_16LE;
            length = 2;
        } else if (head[0] == 0xFE && head[1] == 0xFF) {
            marked = StandardCharsets.UTF_16BE;
            length = 2;
        }
        in.readNBytes(length); // read, not skipped: a skip could pass bytes by the hash
        return marked;
    }

    /**
     * The delimiter the header line uses most outside quotes: tab or semicolon when either is more frequent than the
     * comma, else the comma.
     */
    private static char sniffDelimiter(InputStream in, Charset encoding, int headerLine) throws IOException {
        in.mark(SNIFFED);
        String head = new String(in.readNBytes(SNIFFED), encoding);
        in.reset();
        for (int skipped = 1; skipped < headerLine; skipped++) {
            int end = head.indexOf('\n');
            head = end < 0 ? "" : head.substring(end + 1);
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
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
        return semicolons > commas ? ';' : ',';
    }

    /** The SHA-256 of every byte of {@code path}, in hex. */
    static String sha256(Path path) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

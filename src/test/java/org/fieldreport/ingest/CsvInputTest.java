package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading CSV: records arrive in order with their lines, and a fault is placed exactly, whatever the size of the
 * blocks the file is read in. Most cases run with every block size from one byte up, so that quotes, line ends and
 * multi-byte characters fall on every block boundary.
 */
class CsvInputTest {

    @TempDir
    Path folder;

    private static final int ROWS = 10_000;

    /** A record as the consumer saw it. */
    private record Read(int line, List<String> values) {
        static Read of(int line, String... values) {
            return new Read(line, List.of(values));
        }
    }

    /** What reading a file gave: its rows, and its fault as code@line. */
    private record Result(List<Read> rows, String failure, CsvInput.Outcome outcome) {
        static Result of(List<Read> rows, CsvInput.Outcome outcome) {
            return new Result(rows, outcome.failure() == null ? null
                    : outcome.failure().code() + "@" + outcome.failure().source().line(), outcome);
        }
    }

    private Result read(byte[] bytes, Charset charset, Character delimiter, int blockSize, int headroom)
            throws Exception {
        Path file = folder.resolve("a.csv");
        Files.write(file, bytes);
        List<Read> rows = new ArrayList<>();
        CsvInput.Outcome outcome = new CsvInput(file, "a.csv", charset, delimiter, ReadProgress.NONE, blockSize,
                headroom).read(row -> rows.add(new Read(row.line(), List.of(row.values()))));
        assertThat(outcome.sha256()).as("hash of every byte").isEqualTo(sha256(bytes));
        assertThat(outcome.bytes()).isEqualTo(bytes.length);
        return Result.of(rows, outcome);
    }

    private Result read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null, 1 << 20, 1 << 16);
    }

    /** Reads the text with every block size from 1 to its length (and a tiny and a roomy headroom); all must agree. */
    private Result readInEveryBlockSize(byte[] bytes, Charset charset) throws Exception {
        Result whole = read(bytes, charset, ',', 1 << 20, 1 << 16);
        for (int block = 1; block <= bytes.length + 1; block++) {
            for (int headroom : new int[] {1, 3, 1 << 10}) {
                Result r = read(bytes, charset, ',', block, headroom);
                assertThat(r.rows()).as("block %d, headroom %d", block, headroom).isEqualTo(whole.rows());
                assertThat(r.failure()).as("block %d, headroom %d", block, headroom).isEqualTo(whole.failure());
            }
        }
        return whole;
    }

    private Result readInEveryBlockSize(String text) throws Exception {
        return readInEveryBlockSize(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void everyRecordArrivesInOrderWithItsLine() throws Exception {
        Result r = read(rows(ROWS).toString());

        assertThat(r.failure()).isNull();
        assertThat(r.rows()).hasSize(ROWS + 1);
        assertThat(r.rows().get(0)).isEqualTo(Read.of(1, "date", "child_code"));
        assertThat(r.rows().get(ROWS)).isEqualTo(Read.of(ROWS + 1, "2019-03-05", "C" + ROWS));
    }

    @Test
    void anUnterminatedQuoteAfterManyRowsStopsAtItsLineAndKeepsTheRowsBefore() throws Exception {
        Result r = read(rows(ROWS).append("2019-03-06,\"C-open\n2019-03-07,C-after\n").toString());

        assertThat(r.failure()).isEqualTo("unterminated-quote@" + (ROWS + 2));
        assertThat(r.rows()).hasSize(ROWS + 1);
    }

    @Test
    void bytesThatAreNotTextAfterManyRowsStopAtTheirLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(rows(ROWS).toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'2', '0', (byte) 0xFF, ',', 'C', '\n'});
        bytes.writeBytes(rows(ROWS).toString().getBytes(StandardCharsets.UTF_8));

        Result r = read(bytes.toByteArray(), StandardCharsets.UTF_8, null, 1 << 12, 1 << 8);

        assertThat(r.failure()).isEqualTo("not-text@" + (ROWS + 2));
        assertThat(r.outcome().failure().message()).startsWith("the file is not valid UTF-8 text from this line on");
        assertThat(r.rows()).hasSize(ROWS + 1);
        assertThat(r.rows().get(ROWS).line()).isEqualTo(ROWS + 1);
    }

    @Test
    void aQuotedFieldMayHoldDelimitersDoubledQuotesAndLineEndsAcrossBlocks() throws Exception {
        Result r = readInEveryBlockSize("a,\"b,\"\"c\"\"\nd\",e\nf,\"\",\"\"\"\"\r\ng,h,i");

        assertThat(r.failure()).isNull();
        assertThat(r.rows()).containsExactly(
                Read.of(1, "a", "b,\"c\"\nd", "e"),
                Read.of(3, "f", "", "\""),
                Read.of(4, "g", "h", "i"));
    }

    @Test
    void lineNumbersCountEveryLineEndInsideQuotes() throws Exception {
        Result r = readInEveryBlockSize("h\n\"1\r\n2\r3\n4\"\nnext\n\"\n\"\nlast\n");

        assertThat(r.rows()).extracting(Read::line).containsExactly(1, 2, 6, 7, 9);
    }

    @Test
    void crOnlyAndCrlfLineEndsAcrossBlocks() throws Exception {
        Result cr = readInEveryBlockSize("a,b\rc,d\r\re,f\r");
        Result crlf = readInEveryBlockSize("a,b\r\nc,d\r\n\r\ne,f\r\n");
        Result lfcr = readInEveryBlockSize("a\n\rb");

        assertThat(cr.rows()).containsExactly(
                Read.of(1, "a", "b"), Read.of(2, "c", "d"), Read.of(3, ""), Read.of(4, "e", "f"));
        assertThat(crlf.rows()).isEqualTo(cr.rows());
        assertThat(lfcr.rows()).containsExactly(Read.of(1, "a"), Read.of(2, ""), Read.of(3, "b"));
    }

    @Test
    void aCharacterOfSeveralBytesCutByABlockBoundaryStaysWhole() throws Exception {
        Result r = readInEveryBlockSize("né,日本\n😀,\"x😀\"\n");

        assertThat(r.failure()).isNull();
        assertThat(r.rows()).containsExactly(Read.of(1, "né", "日本"), Read.of(2, "😀", "x😀"));
    }

    @Test
    void bytesThatAreNotTextStopTheReadingAtTheirLineWhateverTheBlocks() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("h,i\nok,1\n\"x\ny\",2\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'b', (byte) 0xC3, '(', ',', '3', '\n'}); // a lead byte without its follower
        bytes.writeBytes("after,4\n".getBytes(StandardCharsets.UTF_8));

        Result r = readInEveryBlockSize(bytes.toByteArray(), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@5");
        assertThat(r.rows()).containsExactly(Read.of(1, "h", "i"), Read.of(2, "ok", "1"), Read.of(3, "x\ny", "2"));
    }

    @Test
    void bytesThatAreNotTextInsideAQuotedFieldAreOnTheirOwnLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("h\n\"a\nb\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
        bytes.writeBytes("\"\n".getBytes(StandardCharsets.UTF_8));

        Result r = readInEveryBlockSize(bytes.toByteArray(), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@4");
        assertThat(r.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void aCharacterCutShortAtTheEndOfTheFileIsNotText() throws Exception {
        byte[] euro = "h\n€".getBytes(StandardCharsets.UTF_8);

        Result r = readInEveryBlockSize(java.util.Arrays.copyOf(euro, euro.length - 1), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@2");
        assertThat(r.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void textAfterAClosingQuoteIsABadQuoteButWhitespaceIsNot() throws Exception {
        Result spaces = readInEveryBlockSize("\"a\"  ,\"b\"\t\u2003\n");
        Result bad = readInEveryBlockSize("h\n\"a\",\"b\"c,d\nnext\n");

        assertThat(spaces.rows()).containsExactly(Read.of(1, "a", "b"));
        assertThat(bad.failure()).isEqualTo("bad-quote@2");
        assertThat(bad.outcome().failure().message())
                .isEqualTo("text follows a closing quote before the next delimiter, so the rest of the file could"
                        + " not be read");
        assertThat(bad.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void aRecordLongerThanTheRoomBeforeABlockIsGathered() throws Exception {
        String longField = "x".repeat(3000) + "\n" + "\"\"".repeat(500);
        String text = "a,\"" + longField + "\",b\nc\n";
        String expected = "x".repeat(3000) + "\n" + "\"".repeat(500);

        for (int block : new int[] {1, 7, 64, 1000}) {
            Result r = read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', block, 4);
            assertThat(r.rows()).containsExactly(Read.of(1, "a", expected, "b"), Read.of(3, "c"));
        }
        Result open = read(("h\n\"" + longField).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', 16,
                4);
        assertThat(open.failure()).isEqualTo("unterminated-quote@2");
        assertThat(open.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void emptyFilesBlankLinesAndAMissingLastLineEnd() throws Exception {
        assertThat(read("").rows()).isEmpty();
        assertThat(readInEveryBlockSize("a,\n\n  \nb").rows()).containsExactly(
                Read.of(1, "a", ""), Read.of(2, ""), Read.of(3, "  "), Read.of(4, "b"));
    }

    @Test
    void otherEncodingsAreReadAndTheirFaultsPlacedByLine() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] good = "caf\u00e9,\u20ac5\n".getBytes(cp1252);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes("h\nx\n".getBytes(cp1252));
        bad.writeBytes(new byte[] {'y', (byte) 0x81, '\n', 'z', '\n'}); // 0x81 is no character in windows-1252
        byte[] utf16 = "\uFEFFa;b\r\n\u00e9;\"c;d\"\r\n".getBytes(StandardCharsets.UTF_16LE);

        Result cp = readInEveryBlockSize(good, cp1252);
        Result broken = readInEveryBlockSize(bad.toByteArray(), cp1252);
        Result le = read(utf16, StandardCharsets.UTF_8, null, 3, 2);

        assertThat(cp.rows()).containsExactly(Read.of(1, "caf\u00e9", "\u20ac5"));
        assertThat(broken.failure()).isEqualTo("not-text@3");
        assertThat(broken.outcome().failure().message()).contains("not valid windows-1252 text");
        assertThat(broken.rows()).containsExactly(Read.of(1, "h"), Read.of(2, "x"));
        assertThat(le.rows()).containsExactly(Read.of(1, "a", "b"), Read.of(2, "\u00e9", "c;d"));
    }

    @Test
    void aRowIsMovedFromRecordToRecordAndRefusesToBeReadOnceItsBytesAreReused() throws Exception {
        Path file = folder.resolve("a.csv");
        Files.writeString(file, rows(100).toString());
        List<CsvRow> kept = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();

        new CsvInput(file, "a.csv", StandardCharsets.UTF_8, null, ReadProgress.NONE, 64, 16).read(row -> {
            kept.add(row);
            lines.add(row.line());
        });

        assertThat(lines).hasSizeGreaterThan(2).startsWith(1, 2);
        assertThat(kept).allSatisfy(row -> assertThat(row).isSameAs(kept.get(0)));
        assertThat(kept.get(0).line()).isEqualTo(lines.get(lines.size() - 1));
        assertThatThrownBy(() -> kept.get(0).value(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConsumerThatFailsEndsTheReadingWithItsOwnException() throws Exception {
        Path file = folder.resolve("a.csv");
        Files.writeString(file, rows(ROWS).toString());
        CsvInput input = new CsvInput(file, "a.csv", StandardCharsets.UTF_8, null, ReadProgress.NONE, 64, 16);

        assertThatThrownBy(() -> input.read(row -> {
            if (row.line() == 500) {
                throw new IllegalArgumentException("consumer failed");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("consumer failed");
        // the file can be read again at once
        assertThat(read(rows(ROWS).toString()).rows()).hasSize(ROWS + 1);
    }

    /**
     * Random text of commas, quotes, line ends, spaces and letters, read as Commons CSV's default format reads it:
     * the same records on the same lines, and the same fault on the same line.
     */
    @Test
    void readsRandomTextAsCommonsCsvDoes() throws Exception {
        Random random = new Random(9);
        String alphabet = "ab,,\"\"\"\r\n\n é;\t";
        for (int round = 0; round < 1500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int block = 1 + random.nextInt(12);
            Result ours = read(bytes, StandardCharsets.UTF_8, ',', block, 1 + random.nextInt(8));
            Result theirs = commonsCsv(text.toString());
            assertThat(ours.rows()).as("rows of %s", text).isEqualTo(theirs.rows());
            assertThat(ours.failure()).as("fault of %s", text).isEqualTo(theirs.failure());
        }
    }

    /** The records and fault that Commons CSV finds, in the terms of a {@link Result}. */
    private static Result commonsCsv(String text) throws Exception {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        List<Read> rows = new ArrayList<>();
        CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
        var records = parser.iterator();
        String fault = null;
        while (true) {
            long before = parser.getCurrentLineNumber();
            try {
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                rows.add(new Read((int) before + 1, List.of(record.values())));
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                fault = (message.contains("EOF reached") ? "unterminated-quote" : "bad-quote") + "@" + (before + 1);
                break;
            }
        }
        return new Result(rows, fault, null);
    }

    private static StringBuilder rows(int n) {
        StringBuilder text = new StringBuilder("date,child_code\n");
        for (int i = 1; i <= n; i++) {
            text.append("2019-03-05,C").append(i).append('\n');
        }
        return text;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

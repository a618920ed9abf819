package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a CSV export: records arrive in order with the line they start on, the encoding and the delimiter are
 * found or taken as declared, a malformed file stops at the line of its fault with the records before it, and the
 * hash covers every byte of the file however far the records got.
 */
class CsvRecordsTest {

    @TempDir
    Path folder;

    private static final int ROWS = 10_000;

    /** A record as the consumer saw it. */
    private record Read(int line, List<String> values) {
        static Read of(int line, String... values) {
            return new Read(line, List.of(values));
        }
    }

    /** What reading a file gave: its records, and its fault as code@line. */
    private record Result(List<Read> rows, String failure, CsvRecords.Outcome outcome) {
    }

    private Result read(byte[] bytes, Charset charset, Character delimiter, ReadProgress progress) throws Exception {
        Path file = folder.resolve("a.csv");
        Files.write(file, bytes);
        List<Read> rows = new ArrayList<>();
        CsvRecords.Outcome outcome = new CsvRecords(file, "a.csv", charset, delimiter, progress)
                .read((line, values) -> rows.add(new Read(line, List.of(values))));
        assertThat(outcome.sha256()).as("hash of every byte").isEqualTo(sha256(bytes));
        assertThat(outcome.bytes()).isEqualTo(bytes.length);
        String failure = outcome.failure() == null ? null
                : outcome.failure().code() + "@" + outcome.failure().source().line();
        return new Result(rows, failure, outcome);
    }

    private Result read(byte[] bytes, Charset charset) throws Exception {
        return read(bytes, charset, null, ReadProgress.NONE);
    }

    private Result read(String text) throws Exception {
        return read(utf8(text), StandardCharsets.UTF_8);
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
    void aQuotedFieldMayHoldDelimitersDoubledQuotesAndLineEnds() throws Exception {
        Result r = read("a,\"b,\"\"c\"\"\nd\",e\nf,\"\",\"\"\"\"\r\ng,h,i");

        assertThat(r.failure()).isNull();
        assertThat(r.rows()).containsExactly(
                Read.of(1, "a", "b,\"c\"\nd", "e"),
                Read.of(3, "f", "", "\""),
                Read.of(4, "g", "h", "i"));
    }

    @Test
    void lineNumbersCountEveryLineEndInsideQuotes() throws Exception {
        Result r = read("h\n\"1\r\n2\r3\n4\"\nnext\n\"\n\"\nlast\n");

        assertThat(r.rows()).extracting(Read::line).containsExactly(1, 2, 6, 7, 9);
    }

    @Test
    void crOnlyCrlfAndBlankLines() throws Exception {
        Result cr = read("a,b\rc,d\r\re,f\r");
        Result crlf = read("a,b\r\nc,d\r\n\r\ne,f\r\n");
        Result blank = read("a,\n\n  \nb");

        assertThat(cr.rows()).containsExactly(
                Read.of(1, "a", "b"), Read.of(2, "c", "d"), Read.of(3, ""), Read.of(4, "e", "f"));
        assertThat(crlf.rows()).isEqualTo(cr.rows());
        assertThat(blank.rows()).containsExactly(
                Read.of(1, "a", ""), Read.of(2, ""), Read.of(3, "  "), Read.of(4, "b"));
        assertThat(read("").rows()).isEmpty();
    }

    @Test
    void charactersBeyondAsciiStayWhole() throws Exception {
        Result r = read("né,日本\n😀,\"x😀\"\n");

        assertThat(r.rows()).containsExactly(Read.of(1, "né", "日本"), Read.of(2, "😀", "x😀"));
    }

    @Test
    void theDelimiterIsSniffedFromTheHeaderLineUnlessDeclared() throws Exception {
        assertThat(read("a;b;\"c,d,e\"\n1;2;3\n").rows()).containsExactly(Read.of(1, "a", "b", "c,d,e"),
                Read.of(2, "1", "2", "3"));
        assertThat(read("a\tb,c\td\n").rows()).containsExactly(Read.of(1, "a", "b,c", "d"));
        assertThat(read("a,b;c\n").rows()).containsExactly(Read.of(1, "a", "b;c"));
        assertThat(read(utf8("a;b|c\n"), StandardCharsets.UTF_8, '|', ReadProgress.NONE).rows())
                .containsExactly(Read.of(1, "a;b", "c"));
    }

    @Test
    void aByteOrderMarkNamesTheEncodingAndIsNotPartOfTheHeader() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] utf8 = utf8("\uFEFFdate,site\n2019-03-05,é\n");
        byte[] le = "\uFEFFa;b\r\n\u00e9;\"c;d\"\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFFa,b\n\u65e5,c\n".getBytes(StandardCharsets.UTF_16BE);

        assertThat(read(utf8, cp1252).rows()).containsExactly(Read.of(1, "date", "site"),
                Read.of(2, "2019-03-05", "é"));
        assertThat(read(le, StandardCharsets.UTF_8).rows()).containsExactly(Read.of(1, "a", "b"),
                Read.of(2, "\u00e9", "c;d"));
        assertThat(read(be, StandardCharsets.UTF_8).rows()).containsExactly(Read.of(1, "a", "b"),
                Read.of(2, "\u65e5", "c"));
    }

    @Test
    void aDeclaredEncodingIsReadAndItsFaultsPlacedByLine() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes("h\nx\n".getBytes(cp1252));
        bad.writeBytes(new byte[] {'y', (byte) 0x81, '\n', 'z', '\n'}); // 0x81 is no character in windows-1252

        Result cp = read("caf\u00e9,\u20ac5\n".getBytes(cp1252), cp1252);
        Result broken = read(bad.toByteArray(), cp1252);

        assertThat(cp.rows()).containsExactly(Read.of(1, "caf\u00e9", "\u20ac5"));
        assertThat(broken.failure()).isEqualTo("not-text@3");
        assertThat(broken.outcome().failure().message()).isEqualTo("the file is not valid windows-1252 text from"
                + " this line on, so the rest of it could not be read");
        assertThat(broken.rows()).containsExactly(Read.of(1, "h"), Read.of(2, "x"));
    }

    @Test
    void anUnterminatedQuoteAfterManyRowsStopsAtItsLineAndKeepsTheRowsBefore() throws Exception {
        Result r = read(rows(ROWS).append("2019-03-06,\"C-open\n2019-03-07,C-after\n").toString());

        assertThat(r.failure()).isEqualTo("unterminated-quote@" + (ROWS + 2));
        assertThat(r.outcome().failure().message()).isEqualTo("a quoted field opened on this row is never closed,"
                + " so the rest of the file could not be read");
        assertThat(r.rows()).hasSize(ROWS + 1);
    }

    @Test
    void textAfterAClosingQuoteIsABadQuoteButWhitespaceIsNot() throws Exception {
        Result spaces = read("\"a\"  ,\"b\"\t\u2003\n");
        Result bad = read("h\n\"a\",\"b\"c,d\nnext\n");

        assertThat(spaces.rows()).containsExactly(Read.of(1, "a", "b"));
        assertThat(bad.failure()).isEqualTo("bad-quote@2");
        assertThat(bad.outcome().failure().message())
                .isEqualTo("text follows a closing quote before the next delimiter, so the rest of the file could"
                        + " not be read");
        assertThat(bad.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void bytesThatAreNotTextAfterManyRowsStopAtTheirLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(rows(ROWS).toString()));
        bytes.writeBytes(new byte[] {'2', '0', (byte) 0xFF, ',', 'C', '\n'});
        bytes.writeBytes(utf8(rows(ROWS).toString()));

        Result r = read(bytes.toByteArray(), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@" + (ROWS + 2));
        assertThat(r.outcome().failure().message()).isEqualTo("the file is not valid UTF-8 text from this line on,"
                + " so the rest of it could not be read");
        assertThat(r.rows()).hasSize(ROWS + 1);
        assertThat(r.rows().get(ROWS).line()).isEqualTo(ROWS + 1);
    }

    @Test
    void bytesThatAreNotTextInsideAQuotedFieldAreOnTheirOwnLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("h\n\"a\nb\n"));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
        bytes.writeBytes(utf8("\"\n"));

        Result r = read(bytes.toByteArray(), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@4");
        assertThat(r.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void aCharacterCutShortAtTheEndOfTheFileIsNotText() throws Exception {
        byte[] euro = utf8("h\n€");

        Result r = read(Arrays.copyOf(euro, euro.length - 1), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@2");
        assertThat(r.rows()).containsExactly(Read.of(1, "h"));
    }

    @Test
    void aRowEndedByACarriageReturnJustBeforeBytesThatAreNotTextStands() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("h,i\rok,1\r"));
        bytes.writeBytes(new byte[] {(byte) 0xC3, '(', ',', '2', '\r'});

        Result r = read(bytes.toByteArray(), StandardCharsets.UTF_8);

        assertThat(r.failure()).isEqualTo("not-text@3");
        assertThat(r.rows()).containsExactly(Read.of(1, "h", "i"), Read.of(2, "ok", "1"));
    }

    /**
     * Bytes that are not text put anywhere in random CSV text, also at the edges of the buffers the text is read
     * in: the fault is on the line of the bad byte, and every record that ended before it arrives as Commons CSV
     * reads it from the text before the bad byte.
     */
    @Test
    void bytesThatAreNotTextAnywhereStopAtTheirLineWithEveryRecordBeforeThem() throws Exception {
        Random random = new Random(13);
        String alphabet = "ab,,\"\"\r\n\n é";
        for (int round = 0; round < 600; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkNotTextAt(text.toString(), random.nextInt(length + 1));
        }
        StringBuilder big = new StringBuilder("date,child_code\n");
        for (int i = 1; i <= 5_000; i++) { // some records end with CR alone, some hold a CRLF in quotes
            big.append("2019-03-05,").append(i % 7 == 0 ? "\"C\r\n" + i + "\"" : "C" + i)
                    .append(i % 5 == 0 ? "\r" : "\n");
        }
        for (int edge : new int[] {8192, 1 << 14, 1 << 16}) {
            for (int at = edge - 3; at <= edge + 3; at++) {
                checkNotTextAt(big.toString(), at);
            }
        }
    }

    private void checkNotTextAt(String text, int at) throws Exception {
        String before = text.substring(0, at);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(before));
        bytes.write(0xFF);
        bytes.writeBytes(utf8(text.substring(at)));
        Expected expected = commonsCsv(before);

        Result r = read(bytes.toByteArray(), StandardCharsets.UTF_8, ',', ReadProgress.NONE);

        assertThat(r.failure()).as("fault in %s", before).isEqualTo(expected.failure());
        assertThat(r.rows()).as("records of %s", before).isEqualTo(expected.rows());
    }

    private record Expected(List<Read> rows, String failure) {
    }

    /**
     * What reading {@code before} and then a bad byte must give: the records of {@code before} that ended before the
     * bad byte, and a fault on its line, unless a bad quote comes first.
     */
    private static Expected commonsCsv(String before) throws Exception {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        List<Read> rows = new ArrayList<>();
        CSVParser parser = CSVParser.builder().setReader(new StringReader(before)).setFormat(format).get();
        var records = parser.iterator();
        boolean unterminated = false;
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                rows.add(new Read((int) line, List.of(record.values())));
            } catch (UncheckedIOException e) {
                if (!e.getCause().getMessage().contains("EOF reached")) {
                    return new Expected(rows, "bad-quote@" + line);
                }
                unterminated = true;
                break;
            }
        }
        boolean lastEnded = before.endsWith("\n") || before.endsWith("\r");
        if (!unterminated && !lastEnded && !rows.isEmpty()) {
            rows.remove(rows.size() - 1); // the bad byte is in its last field
        }
        int lineEnds = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || before.charAt(i - 1) != '\r')) {
                lineEnds++;
            }
        }
        return new Expected(rows, "not-text@" + (lineEnds + 1));
    }

    @Test
    void theWholeFileIsHashedAndItsProgressReportedEvenWhenTheRecordsStopEarly() throws Exception {
        byte[] bytes = utf8("h\n\"a\"b\n" + "x".repeat(3 << 20) + "\n");
        List<Long> reported = new ArrayList<>();

        Result r = read(bytes, StandardCharsets.UTF_8, null, (file, bytesRead, total) -> reported.add(bytesRead));

        assertThat(r.failure()).isEqualTo("bad-quote@2"); // read() checked the hash and the size
        assertThat(reported).hasSizeGreaterThanOrEqualTo(3).isSorted();
        assertThat(reported.get(reported.size() - 1)).isEqualTo(bytes.length);
    }

    @Test
    void aConsumerThatFailsEndsTheReadingWithItsOwnException() throws Exception {
        Path file = folder.resolve("a.csv");
        Files.writeString(file, rows(ROWS).toString());
        CsvRecords input = new CsvRecords(file, "a.csv", StandardCharsets.UTF_8, null, ReadProgress.NONE);

        assertThatThrownBy(() -> input.read((line, values) -> {
            if (line == 500) {
                throw new IllegalArgumentException("consumer failed");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("consumer failed");
    }

    @Test
    void aLineLongerThanAMillionCharactersStopsTheReadingWhereItStartsAndShorterLinesDoNot() throws Exception {
        String longest = "x".repeat(StrictTextReader.LONGEST_LINE);
        StringBuilder fine = rows(3).append("2019-03-06,").append(longest, 0, longest.length() - 11).append('\n');
        fine.append("2019-03-07,C9\r\n").append(rows(200_000).substring("date,child_code\n".length()));
        Result read = read(fine.toString());

        assertThat(read.failure()).isNull();
        assertThat(read.rows()).hasSize(1 + 3 + 1 + 1 + 200_000);

        Result tooLong = read(rows(3).append("2019-03-06,").append(longest).append("\n2019-03-07,C9\n").toString());

        assertThat(tooLong.failure()).isEqualTo("line-too-long@5");
        assertThat(tooLong.rows()).hasSize(4);
    }

    private static StringBuilder rows(int n) {
        StringBuilder text = new StringBuilder("date,child_code\n");
        for (int i = 1; i <= n; i++) {
            text.append("2019-03-05,C").append(i).append('\n');
        }
        return text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

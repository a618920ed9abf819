package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a large file: records arrive in order with their lines, and a fault far down is placed exactly. */
class CsvInputTest {

    @TempDir
    Path folder;

    private static final int ROWS = 10_000; // more than two of the reader's batches

    @Test
    void everyRecordArrivesInOrderWithItsLine() throws Exception {
        Path file = write(rows(ROWS).toString().getBytes(StandardCharsets.UTF_8));
        List<CsvRow> read = new ArrayList<>();

        CsvInput.Outcome outcome = new CsvInput(file, "a.csv", StandardCharsets.UTF_8, null).read(read::add);

        assertThat(outcome.failure()).isNull();
        assertThat(read).hasSize(ROWS + 1);
        assertThat(read.get(0).values()).containsExactly("date", "child_code");
        assertThat(read.get(ROWS).line()).isEqualTo(ROWS + 1);
        assertThat(read.get(ROWS).values()).containsExactly("2019-03-05", "C" + ROWS);
    }

    @Test
    void anUnterminatedQuoteAfterManyRowsStopsAtItsLineAndKeepsTheRowsBefore() throws Exception {
        StringBuilder text = rows(ROWS).append("2019-03-06,\"C-open\n2019-03-07,C-after\n");
        Path file = write(text.toString().getBytes(StandardCharsets.UTF_8));
        List<CsvRow> read = new ArrayList<>();

        CsvInput.Outcome outcome = new CsvInput(file, "a.csv", StandardCharsets.UTF_8, null).read(read::add);

        assertThat(outcome.failure().code()).isEqualTo("unterminated-quote");
        assertThat(outcome.failure().source().line()).isEqualTo(ROWS + 2);
        assertThat(read).hasSize(ROWS + 1);
        assertThat(outcome.bytes()).isEqualTo(Files.size(file));
    }

    @Test
    void bytesThatAreNotTextAfterManyRowsStopAtTheirLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(rows(ROWS).toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'2', '0', (byte) 0xFF, ',', 'C', '\n'});
        Path file = write(bytes.toByteArray());
        List<CsvRow> read = new ArrayList<>();

        CsvInput.Outcome outcome = new CsvInput(file, "a.csv", StandardCharsets.UTF_8, null).read(read::add);

        assertThat(outcome.failure().code()).isEqualTo("not-text");
        assertThat(read.size()).isLessThanOrEqualTo(ROWS + 1);
        assertThat(read.get(read.size() - 1).line()).isEqualTo(read.size());
    }

    private static StringBuilder rows(int n) {
        StringBuilder text = new StringBuilder("date,child_code\n");
        for (int i = 1; i <= n; i++) {
            text.append("2019-03-05,C").append(i).append('\n');
        }
        return text;
    }

    private Path write(byte[] bytes) throws Exception {
        Path file = folder.resolve("a.csv");
        Files.write(file, bytes);
        return file;
    }
}

package org.fieldreport.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV file row by row through Commons CSV: UTF-8 without BOM, comma-separated, LF line endings, a field
 * quoted only where it must be (a comma, a quote or a line break in it). Counts the data rows it wrote.
 */
final class CsvFileWriter implements Closeable {

    /** The exports' own format, with LF line endings so that the files are the same on every machine. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private long rows;

    CsvFileWriter(Path file, String... header) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16);
        try {
            printer = new CSVPrinter(out, FORMAT);
            printer.printRecord((Object[]) header);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one row; each value is written with {@code toString}, null as an empty field. */
    void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}

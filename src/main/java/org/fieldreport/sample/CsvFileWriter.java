package org.fieldreport.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file row by row: UTF-8 without BOM, comma-separated, LF line endings, a field quoted only when it
 * holds a comma, a quote or a line break. Counts the data rows it wrote.
 */
final class CsvFileWriter implements Closeable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CsvFileWriter(Path file, String... header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        write(header);
        rows = 0;
    }

    /** Writes one row; each value is written with {@code String.valueOf}, null as an empty field. */
    void row(Object... values) throws IOException {
        write(values);
    }

    private void write(Object[] values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = values[i] == null ? "" : String.valueOf(values[i]);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                line.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                line.append(v);
            }
        }
        line.append('\n');
        out.append(line);
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

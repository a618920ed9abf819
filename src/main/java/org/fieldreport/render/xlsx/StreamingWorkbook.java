package org.fieldreport.render.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook without two costs that do not show in the file. Its zip is only an intermediate that
 * {@link StableZip} reads back and compresses again, so it is written uncompressed (level 0) rather than deflated
 * twice. And the streamed rows' XML goes through a writer that buffers without taking a lock: POI writes cell
 * text one character at a time, and a {@code BufferedWriter} locks for each. The characters and their UTF-8
 * encoding are the same, so the workbook's bytes are too.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(XSSFWorkbook workbook, int window) {
        super(workbook, window);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RowDataWriter(getSharedStringSource());
    }

    /** POI's sheet data writer, writing through {@link UnlockedWriter}. */
    private static final class RowDataWriter extends SheetDataWriter {

        RowDataWriter(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            FileOutputStream stream = new FileOutputStream(file);
            OutputStream decorated;
            try {
                decorated = decorateOutputStream(stream);
            } catch (IOException | RuntimeException e) {
                stream.close();
                throw e;
            }
            return new UnlockedWriter(new OutputStreamWriter(decorated, StandardCharsets.UTF_8));
        }
    }

    /** A character buffer in front of a writer, for one thread: no lock per character. */
    private static final class UnlockedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 13];
        private int used;

        UnlockedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = 0; i < length; ) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(length - i, buffer.length - used);
                System.arraycopy(chars, offset + i, buffer, used, n);
                used += n;
                i += n;
            }
        }

        @Override
        public void write(char[] chars) throws IOException {
            write(chars, 0, chars.length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = 0; i < length; ) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(length - i, buffer.length - used);
                text.getChars(offset + i, offset + i + n, buffer, used);
                used += n;
                i += n;
            }
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public Writer append(CharSequence text) throws IOException {
            write(String.valueOf(text));
            return this;
        }

        @Override
        public Writer append(char c) throws IOException {
            write(c);
            return this;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain();
            out.close();
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }
}

package org.fieldreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * The records of one export, whatever it is: CSV text ({@link CsvRecords}) or, for a path ending in {@code .xlsx}, a
 * sheet of a workbook ({@link SheetRecords}), named in messages as {@code file.xlsx[Sheet]}. A file given as CSV that
 * is really a workbook (or an old {@code .xls}) is refused with a message saying so, not read as broken text.
 */
final class ExportRecords {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ExportRecords() {
    }

    /** Whether {@code path} names a workbook to read a sheet of. */
    static boolean isWorkbook(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads {@code path}'s records into {@code consumer}; {@code named} hears the name messages give the file before
     * the first record (the path, with the sheet for a workbook).
     */
    static CsvRecords.Outcome read(Path path, String name, InputFileSpec spec, Charset charset, ReadProgress progress,
                                   Consumer<String> named, CsvRecords.Consumer consumer) throws IOException {
        if (isWorkbook(spec.path())) {
            SheetRecords sheet = new SheetRecords(path, name, spec.sheet(), spec.headerLine());
            return sheet.read(sheetName -> named.accept(name + "[" + sheetName + "]"), consumer);
        }
        named.accept(name);
        Problem notCsv = notCsv(path, name);
        if (notCsv != null) {
            return new CsvRecords.Outcome(CsvRecords.sha256(path), Files.size(path), notCsv);
        }
        return new CsvRecords(path, name, charset, FileDeclarations.delimiter(spec), progress, spec.headerLine())
                .read(consumer);
    }

    /** The problem of a file given as CSV that starts as a workbook does, or null. */
    private static Problem notCsv(Path path, String name) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(4);
        }
        if (Arrays.equals(start, ZIP)) {
            return Problem.error("workbook-as-csv", SourceRef.file(name), "is an Excel workbook (.xlsx) or another"
                    + " zip file, not CSV text", "give its path with the .xlsx ending (and sheet: NAME if the rows"
                    + " are not on the first sheet), or save the sheet as CSV (UTF-8)");
        }
        if (Arrays.equals(start, OLE2)) {
            return Problem.error("workbook-as-csv", SourceRef.file(name), "is an Excel 97-2003 workbook (.xls),"
                    + " not CSV text", "save it from the spreadsheet as .xlsx or as CSV (UTF-8)");
        }
        return null;
    }
}

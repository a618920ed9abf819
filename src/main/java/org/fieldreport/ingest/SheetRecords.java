package org.fieldreport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * The rows of one sheet of an {@code .xlsx} workbook, read through POI (the package opened read-only, so the file is
 * never written), handed on as CSV records are: the row's 1-based number as its line, its cells as text. A text cell
 * is its text; a number its shortest exact decimal as Excel shows it unformatted ({@code 1234.5}); a date-formatted
 * number its ISO date (or date-time when it has a time of day), never a locale's {@code 3/4/19}; a formula its cached
 * result; a boolean {@code TRUE} or {@code FALSE}. Empty rows are not records. A row is as wide as the header, or
 * as its last non-empty cell when that lies beyond.
 */
final class SheetRecords {

    private final Path path;
    private final String file;
    private final String sheet;
    private final int headerLine;

    /** {@code sheet} null: the first sheet. */
    SheetRecords(Path path, String file, String sheet, int headerLine) {
        this.path = path;
        this.file = file;
        this.sheet = sheet;
        this.headerLine = headerLine;
    }

    /**
     * Reads every row of the sheet into {@code consumer}, after telling {@code named} the sheet's name; a workbook POI
     * cannot open, or a sheet it lacks, is the outcome's failure.
     */
    CsvRecords.Outcome read(java.util.function.Consumer<String> named, CsvRecords.Consumer consumer)
            throws IOException {
        String sha256 = CsvRecords.sha256(path);
        long bytes = Files.size(path);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet s = sheet == null ? (workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0))
                    : workbook.getSheet(sheet);
            if (s == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(x -> names.add(x.getSheetName()));
                return new CsvRecords.Outcome(sha256, bytes, Problem.error("missing-sheet", SourceRef.file(file),
                        "the workbook has no sheet \"" + sheet + "\"", "sheets: " + String.join(", ", names)));
            }
            named.accept(s.getSheetName());
            int width = -1;
            for (Row row : s) {
                String[] values = values(row, Math.max(width, 0));
                if (values == null) {
                    continue;
                }
                int line = row.getRowNum() + 1;
                if (width < 0 && line >= headerLine) {
                    width = values.length;
                }
                consumer.accept(line, values);
            }
            pkg.revert();
            return new CsvRecords.Outcome(sha256, bytes, null);
        } catch (InvalidFormatException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException e) {
            // what POI throws for a file that is not a workbook it can open: a zip of something else, a damaged or
            // encrypted workbook (UnsupportedFileFormatException and EncryptedDocumentException are among these)
            return new CsvRecords.Outcome(sha256, bytes, Problem.error("not-a-workbook", SourceRef.file(file),
                    "is not an Excel workbook (.xlsx) that can be read", "save it again from the spreadsheet as"
                            + " .xlsx or as CSV (UTF-8); a password-protected workbook must be saved without one"));
        }
    }

    /** The row's cells as text, as wide as {@code width} or its last non-empty cell; null when every cell is empty. */
    private static String[] values(Row row, int width) {
        int last = -1;
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            String text = text(row.getCell(i));
            cells.add(text);
            if (!text.isBlank()) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        String[] values = new String[Math.max(width, last + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < cells.size() ? cells.get(i) : "";
        }
        return values;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? isoDate(cell.getLocalDateTimeCellValue())
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String isoDate(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }
}

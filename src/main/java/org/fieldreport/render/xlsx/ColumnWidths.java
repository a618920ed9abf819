package org.fieldreport.render.xlsx;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths sized to content from the characters written, not from fonts (POI's autoSizeColumn measures with
 * the fonts of the machine it runs on and is slow on big sheets): the widest line in a column plus three characters,
 * between 8 and 60 characters.
 */
final class ColumnWidths {

    private static final int MIN = 8;
    private static final int MAX = 60;
    private static final int PADDING = 3;

    private int[] chars = new int[16];

    void fit(int column, String text) {
        if (column >= chars.length) {
            chars = Arrays.copyOf(chars, Math.max(column + 1, chars.length * 2));
        }
        int widest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                run = 0;
            } else {
                run++;
                widest = Math.max(widest, run);
            }
        }
        chars[column] = Math.max(chars[column], widest);
    }

    /** Fits one line of text {@code length} characters long, known without making the text. */
    void fit(int column, int length) {
        if (column >= chars.length) {
            chars = Arrays.copyOf(chars, Math.max(column + 1, chars.length * 2));
        }
        chars[column] = Math.max(chars[column], length);
    }

    /** Width in characters of {@code column} as it will be set. */
    int width(int column) {
        int seen = column < chars.length ? chars[column] : 0;
        return Math.min(MAX, Math.max(MIN, seen + PADDING));
    }

    /** Sets the widths of the first {@code columns} columns and the print orientation and scale they need. */
    void applyTo(Sheet sheet, int columns) {
        int total = 0;
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, width(c) * 256);
            total += width(c);
        }
        SheetFrame.fitPage(sheet, total);
    }
}

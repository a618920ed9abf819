package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The one way cells get written: typed values with their styles, and text that can never become a formula. Text
 * whose first character is {@code = + - @}, tab, CR, LF or NUL is written as a string with the quote-prefix style,
 * so Excel shows it as typed and does not turn it into a formula even when someone edits the cell. Control
 * characters XML cannot hold are replaced by U+FFFD, and text longer than an Excel cell holds is cut with "…".
 * Formulas come only from {@link #formula}, whose text this package builds; nothing from the data is ever a
 * formula or a hyperlink.
 *
 * <p>Every sheet has the same frame: a title in row 1, the audience marking in row 2, column headers in row 3 and
 * data from row 4 (0-based rows 0, 1, 2 and 3 below).
 */
final class SheetCells {

    static final int TITLE_ROW = 0;
    static final int MARKING_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    /** Excel's limit on the characters in one cell. */
    static final int MAX_TEXT = 32_767;

    private static final String FORMULA_STARTS = "=+-@\t\r\n\0";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final ColumnWidths widths;
    private final FormulaChecks checks;

    /** {@code checks} null: the formulas are not checked (a streamed sheet, whose cells are not kept). */
    SheetCells(Sheet sheet, WorkbookStyles styles, ColumnWidths widths, FormulaChecks checks) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths;
        this.checks = checks;
    }

    Sheet sheet() {
        return sheet;
    }

    WorkbookStyles styles() {
        return styles;
    }

    ColumnWidths widths() {
        return widths;
    }

    /** True when a spreadsheet would read {@code text} as the start of a formula (or of a DDE command). */
    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** {@code text} as a cell can hold it: no control character XML forbids, at most 32,767 characters. */
    static String storable(String text) {
        StringBuilder s = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        for (int i = 0; i < text.length() && s.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            s.append(forbidden ? '\uFFFD' : c);
        }
        if (text.length() > MAX_TEXT) {
            s.setLength(MAX_TEXT - 1);
            s.append('…');
        }
        return s.toString();
    }

    Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private Cell cell(int r, int c, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    Cell text(int r, int c, String text) {
        return text(r, c, text, Look.TEXT, false);
    }

    /** Text in {@code look}; null writes nothing. Titles and markings spill over and do not size their column. */
    Cell text(int r, int c, String text, Look look, boolean bold) {
        return text(r, c, text, look, bold, look != Look.TITLE && look != Look.MARKING);
    }

    private Cell text(int r, int c, String text, Look look, boolean bold, boolean sizesColumn) {
        if (text == null) {
            return null;
        }
        boolean quote = startsLikeFormula(text);
        Cell cell = cell(r, c, quote ? styles.quoted(look, bold) : styles.get(look, bold));
        String stored = storable(text);
        cell.setCellValue(stored);
        if (sizesColumn) {
            widths.fit(c, stored);
        }
        return cell;
    }

    /** A sentence that may spill over the empty cells to its right, so it does not widen its column. */
    Cell note(int r, int c, String text) {
        return text(r, c, text, Look.TEXT, false, false);
    }

    void header(int r, List<String> names) {
        header(r, names, java.util.Set.of());
    }

    /** Column headers; those of {@code numberColumns} are aligned right, over their numbers. */
    void header(int r, List<String> names, java.util.Set<Integer> numberColumns) {
        for (int c = 0; c < names.size(); c++) {
            text(r, c, names.get(c), numberColumns.contains(c) ? Look.HEADER_NUMBER : Look.HEADER, false);
        }
    }

    Cell count(int r, int c, long n, boolean bold) {
        Cell cell = cell(r, c, styles.get(Look.COUNT, bold));
        cell.setCellValue((double) n);
        widths.fit(c, grouped(BigDecimal.valueOf(n), 0));
        return cell;
    }

    /** A plain number: COUNT for whole numbers of people or nights, DECIMAL otherwise, RATE for exchange rates. */
    Cell number(int r, int c, BigDecimal n, Look look, boolean bold) {
        if (n == null) {
            return null;
        }
        Cell cell = cell(r, c, styles.get(look, bold));
        cell.setCellValue(n.doubleValue());
        widths.fit(c, look == Look.COUNT ? grouped(n, 0) : n.stripTrailingZeros().toPlainString());
        return cell;
    }

    Cell money(int r, int c, BigDecimal amount, String currency, boolean bold) {
        if (amount == null) {
            return null;
        }
        Cell cell = cell(r, c, styles.money(currency, bold));
        cell.setCellValue(amount.doubleValue());
        widths.fit(c, moneyTextLength(amount, currency));
        return cell;
    }

    Cell share(int r, int c, BigDecimal share, boolean bold) {
        if (share == null) {
            return null;
        }
        Cell cell = cell(r, c, styles.get(Look.SHARE, bold));
        cell.setCellValue(share.doubleValue());
        widths.fit(c, "100.0%");
        return cell;
    }

    Cell date(int r, int c, LocalDate date) {
        if (date == null) {
            return null;
        }
        Cell cell = cell(r, c, styles.get(Look.DATE));
        cell.setCellValue(date);
        widths.fit(c, "2019-12-31");
        return cell;
    }

    /** A moment as a date and time cell; the caller passes it in UTC and the format says so. */
    Cell dateTime(int r, int c, LocalDateTime time) {
        Cell cell = cell(r, c, styles.get(Look.DATETIME));
        cell.setCellValue(time);
        widths.fit(c, "2019-12-31 23:59:59 UTC");
        return cell;
    }

    Cell month(int r, int c, YearMonth month, boolean bold) {
        Cell cell = cell(r, c, styles.get(Look.MONTH, bold));
        cell.setCellValue(month.atDay(1));
        widths.fit(c, "Sep 2019");
        return cell;
    }

    /** A figure that may be suppressed: numbers in {@code look}, the marker as text aligned right like a number. */
    Cell figure(int r, int c, Figure figure, Look look, boolean bold) {
        if (figure instanceof Figure.Value v) {
            return number(r, c, v.number(), look, bold);
        }
        if (figure instanceof Figure.Suppressed s) {
            return text(r, c, s.marker(), Look.SUPPRESSED, bold);
        }
        return null;
    }

    /** A key figure on the Summary sheet, styled by its kind. */
    Cell keyFigure(int r, int c, Figure figure, WorkbookView.Kind kind, String currency) {
        if (figure instanceof Figure.Value v) {
            return switch (kind) {
                case COUNT -> number(r, c, v.number(), Look.COUNT, true);
                case MONEY -> money(r, c, v.number(), currency, true);
                case SHARE -> share(r, c, v.number(), true);
            };
        }
        return figure(r, c, figure, Look.COUNT, true);
    }

    /**
     * A live formula built by this package (never from data), in {@code style}, whose evaluated value must equal
     * {@code expected} within {@code tolerance}; a null {@code expected} means the formula must give an empty text
     * (a share of a zero budget). The cell caches {@code expected} until POI's evaluator replaces it with the value
     * it computes (which {@link FormulaChecks} then compares); a streamed sheet keeps it.
     */
    Cell formula(int r, int c, String formula, CellStyle style, BigDecimal expected, FormulaChecks.Tolerance tolerance,
                 String widthSample) {
        Cell cell = cell(r, c, style);
        cell.setCellFormula(formula);
        if (expected == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(expected.doubleValue());
        }
        if (checks != null) {
            checks.expect(cell, expected, tolerance);
        }
        widths.fit(c, widthSample);
        return cell;
    }

    Cell moneyFormula(int r, int c, String formula, String currency, boolean bold, BigDecimal expected) {
        return formula(r, c, formula, styles.money(currency, bold), expected, FormulaChecks.Tolerance.CENT,
                expected == null ? "" : moneyText(expected, currency));
    }

    Cell shareFormula(int r, int c, String formula, boolean bold, BigDecimal expected) {
        return formula(r, c, formula, styles.get(Look.SHARE, bold), expected, FormulaChecks.Tolerance.SHARE, "100.0%");
    }

    static String moneyText(BigDecimal amount, String currency) {
        return grouped(amount, WorkbookStyles.decimals(currency));
    }

    /** The length of {@link #moneyText}, worked out without formatting (one per money cell of a long list). */
    static int moneyTextLength(BigDecimal amount, String currency) {
        return groupedLength(amount, WorkbookStyles.decimals(currency));
    }

    /** The length of {@link #grouped}: sign, digits with a comma every three, point and decimals. */
    static int groupedLength(BigDecimal n, int decimals) {
        BigDecimal rounded = n.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && n.signum() < 0) {
            return grouped(n, decimals).length(); // how a negative amount that rounds to zero is shown
        }
        int whole = Math.max(1, rounded.precision() - decimals);
        return (rounded.signum() < 0 ? 1 : 0) + whole + (whole - 1) / 3 + (decimals > 0 ? decimals + 1 : 0);
    }

    /** Grouped digits rounded HALF_UP to {@code decimals}, as the cell's number format would show them. */
    private static String grouped(BigDecimal n, int decimals) {
        DecimalFormat f = GROUPED.get();
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    });
}

package org.fieldreport.render.xlsx;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbook, made once each and shared (a workbook holds at most 64,000 styles). Every text
 * style has a quote-prefixed twin for text that would otherwise start a formula; see {@link SheetCells}.
 *
 * <p>Money is a number format with its currency's decimals and no text after it (the currency is named once, in
 * the column header or in a Currency column beside the amount): riel (KHR) has none in practice, so 0; any other
 * currency uses its ISO 4217 minor unit (USD 2), or 2 when Java does not know the code. Headers over numbers are
 * aligned right, like the numbers.
 */
final class WorkbookStyles {

    /** What a cell holds, which decides its number format. */
    enum Look {
        TEXT, SUPPRESSED, HEADER, HEADER_NUMBER, TITLE, MARKING, COUNT, DECIMAL, SHARE, DATE, DATETIME, MONTH, RATE,
        MONEY
    }

    private record Key(Look look, String currency, boolean bold) {
    }

    private final Workbook workbook;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private final Map<Key, CellStyle> quoted = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle get(Look look) {
        return get(look, null, false);
    }

    CellStyle get(Look look, boolean bold) {
        return get(look, null, bold);
    }

    CellStyle money(String currency, boolean bold) {
        return get(Look.MONEY, currency, bold);
    }

    CellStyle get(Look look, String currency, boolean bold) {
        return styles.computeIfAbsent(new Key(look, currency, bold), this::create);
    }

    /** The same style as {@code look}/{@code bold} but quote-prefixed: the text is shown, never taken as a formula. */
    CellStyle quoted(Look look, boolean bold) {
        return quoted.computeIfAbsent(new Key(look, null, bold), key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(get(look, bold));
            style.setQuotePrefixed(true);
            return style;
        });
    }

    static int decimals(String currency) {
        if ("KHR".equals(currency)) {
            return 0;
        }
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }

    /** The Excel number format for money in {@code currency}: grouped, the currency's decimals, negatives in minus. */
    static String moneyFormat(String currency) {
        int d = decimals(currency);
        return "#,##0" + (d == 0 ? "" : "." + "0".repeat(d));
    }

    private CellStyle create(Key key) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        Font font = null;
        if (key.bold() || key.look() == Look.HEADER || key.look() == Look.HEADER_NUMBER || key.look() == Look.TITLE
                || key.look() == Look.MARKING) {
            font = workbook.createFont();
            font.setBold(true);
        }
        switch (key.look()) {
            case TEXT -> {
            }
            case SUPPRESSED -> style.setAlignment(HorizontalAlignment.RIGHT);
            case HEADER, HEADER_NUMBER -> {
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
                if (key.look() == Look.HEADER_NUMBER) {
                    style.setAlignment(HorizontalAlignment.RIGHT);
                }
            }
            case TITLE -> font.setFontHeightInPoints((short) 14);
            case MARKING -> font.setColor(IndexedColors.RED.getIndex());
            case COUNT -> style.setDataFormat(format("#,##0"));
            case DECIMAL -> style.setDataFormat(format("General"));
            case SHARE -> style.setDataFormat(format("0.0%"));
            case DATE -> style.setDataFormat(format("yyyy-mm-dd"));
            case DATETIME -> style.setDataFormat(format("yyyy-mm-dd hh:mm:ss \"UTC\""));
            case MONTH -> style.setDataFormat(format("mmm yyyy"));
            case RATE -> style.setDataFormat(format("General"));
            case MONEY -> style.setDataFormat(format(moneyFormat(key.currency())));
        }
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }
}

package org.fieldreport.render.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * What every sheet shares: the title row, the audience marking ("CONFIDENTIAL" on internal workbooks, in a top
 * cell and in every printed page's header), frozen column headers, and a print setup a finance officer would
 * choose: A4, the header row repeated on every page, a footer with the project, period, audience and page number,
 * and (once the columns are sized, {@link #fitPage}) portrait when the table fits the page's width, else landscape,
 * scaled down to fit one page wide but never below {@value #MIN_SCALE} %, so that it stays readable.
 */
final class SheetFrame {

    private final WorkbookView view;

    SheetFrame(WorkbookView view) {
        this.view = view;
    }

    static final String CONFIDENTIAL = "CONFIDENTIAL";

    /** The text of the marking row: the confidentiality notice or the audience and its suppression rule. */
    String marking() {
        WorkbookView.Audience audience = view.audience();
        if (audience.confidential()) {
            return CONFIDENTIAL + " – internal audience: " + audience.suppressionRule();
        }
        return "Audience: " + audience.name() + " – " + audience.suppressionRule();
    }

    /** Writes the title and marking rows and sets freezing, header, footer and printing; {@code headerRow} 0-based. */
    void apply(SheetCells cells, String title, int headerRow) {
        cells.text(SheetCells.TITLE_ROW, 0, title, Look.TITLE, false);
        if (view.audience().confidential()) {
            cells.text(SheetCells.MARKING_ROW, 0, marking(), Look.MARKING, false);
        } else {
            cells.note(SheetCells.MARKING_ROW, 0, marking());
        }
        Sheet sheet = cells.sheet();
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        if (view.audience().confidential()) {
            sheet.getHeader().setCenter(CONFIDENTIAL);
        }
        WorkbookView.Summary summary = view.summary();
        sheet.getFooter().setLeft(escape(summary.projectCode() + " – " + summary.periodLabel()));
        sheet.getFooter().setCenter(escape("Audience: " + view.audience().name()));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** The least print scale, in percent: below it a table is hard to read on A4. */
    static final int MIN_SCALE = 70;
    /** Characters of the default font across an A4 page at 100 %, inside the default margins. */
    static final int PORTRAIT_CHARS = 90;
    static final int LANDSCAPE_CHARS = 135;

    /** Portrait or landscape and the scale for a sheet whose columns are {@code chars} characters wide in all. */
    static void fitPage(Sheet sheet, int chars) {
        PrintSetup print = sheet.getPrintSetup();
        boolean landscape = chars > PORTRAIT_CHARS;
        print.setLandscape(landscape);
        int page = landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS;
        int scale = chars <= page ? 100 : Math.max(MIN_SCALE, page * 100 / chars);
        print.setScale((short) scale);
        sheet.setFitToPage(false);
    }

    /** Header and footer text treats {@code &} as a code; a literal one is written twice. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}

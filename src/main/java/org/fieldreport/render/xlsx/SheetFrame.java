package org.fieldreport.render.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * What every sheet shares: the title row, the audience marking ("CONFIDENTIAL" on internal workbooks, in a top
 * cell and in every printed page's header), frozen column headers, and a print setup of landscape A4, fit to one
 * page wide, with the header row repeated on every page and the project and period in the footer.
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
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (view.audience().confidential()) {
            sheet.getHeader().setCenter(CONFIDENTIAL);
        }
        WorkbookView.Summary summary = view.summary();
        sheet.getFooter().setLeft(escape(summary.projectCode() + " – " + summary.periodLabel()));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Header and footer text treats {@code &} as a code; a literal one is written twice. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}

package org.fieldreport.app;

import java.util.Set;
import org.fieldreport.render.WarmUp;
import org.fieldreport.render.html.HtmlReport;
import org.fieldreport.render.pdf.PdfReport;
import org.fieldreport.render.xlsx.WorkbookWriter;

/**
 * The warm-ups of the renderers a report run will use, started before the first project is read (see
 * {@link WarmUp}): one thread for the workbook, one for the PDF and HTML documents. Each renderer waits for its
 * own before it starts.
 */
record Renderers(WarmUp workbook, WarmUp document) {

    static Renderers warmUp(Set<OutputFormat> formats) {
        boolean pdf = formats.contains(OutputFormat.PDF);
        boolean html = formats.contains(OutputFormat.HTML);
        WarmUp workbook = formats.contains(OutputFormat.XLSX)
                ? WarmUp.start("workbook warm-up", WorkbookWriter::warmUp) : WarmUp.none();
        WarmUp document = pdf || html ? WarmUp.start("document warm-up", () -> {
            if (pdf) {
                PdfReport.warmUp();
            }
            if (html) {
                HtmlReport.warmUp();
            }
        }) : WarmUp.none();
        return new Renderers(workbook, document);
    }
}

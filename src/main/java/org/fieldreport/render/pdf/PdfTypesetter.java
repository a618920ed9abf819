package org.fieldreport.render.pdf;

import java.util.List;
import java.util.Map;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.template.TemplateSource;
import org.w3c.dom.Document;

/**
 * Lays out an XHTML report document as PDF. Our own seam around the typesetting library, so that it can be swapped
 * (tagged PDF and PDF/A need a newer renderer on a newer Java) without touching templates or callers.
 */
public interface PdfTypesetter {

    /**
     * @param xhtml     the filled template, parsed
     * @param resources where stylesheets and images named by the document may come from, and nowhere else
     * @param charts    the charts the document may place, by id
     * @param info      the only metadata the PDF carries, and the instant its dates are set to
     * @return the PDF bytes (deterministic for the same input) and what was refused on the way
     */
    Typeset typeset(Document xhtml, TemplateSource resources, Map<String, ChartView> charts, PdfInfo info);

    /** A typeset PDF and the resources refused while making it. */
    record Typeset(byte[] pdf, List<String> refusals) {

        public Typeset {
            refusals = List.copyOf(refusals);
        }
    }
}

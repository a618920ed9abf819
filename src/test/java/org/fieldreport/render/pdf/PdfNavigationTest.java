package org.fieldreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a screen reader and a PDF viewer's side panel get: the document language and an outline of sections. */
class PdfNavigationTest {

    @TempDir
    Path dir;

    @Test
    void theReportNamesItsLanguageAndHasBookmarksForItsSections() throws Exception {
        Path out = dir.resolve("r.pdf");
        PdfReport.write(SampleReportView.view(), out, TemplateSource.bundled(), Instant.EPOCH);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            List<String> top = new ArrayList<>();
            List<String> underBudget = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Budget and funding")) {
                    item.children().forEach(child -> underBudget.add(child.getTitle()));
                }
            }
            assertThat(top).contains("Results", "Budget and funding", "Appendix: data quality and provenance");
            assertThat(underBudget).contains("Funding");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }
}

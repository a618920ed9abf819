package org.fieldreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.render.RenderedReport;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {

    static final Instant AS_OF = Instant.parse("2019-12-15T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void sampleRenders() throws IOException {
        ReportView view = SampleReportView.view();
        Path out = dir.resolve("KHM-HPC-PSK-P01_Y1_donor.pdf");
        RenderedReport rendered = PdfReport.write(view, out, TemplateSource.bundled(), AS_OF);
        Path keep = Path.of(System.getProperty("fieldreport.keep", "target/sample-report.pdf"));
        Files.copy(out, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(rendered.warnings()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Protecting Street Kids - Phnom Penh");
        }
    }
}

package org.fieldreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.render.BudgetRow;
import org.fieldreport.render.LabelledValue;
import org.fieldreport.render.Marking;
import org.fieldreport.render.RenderedReport;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.ResultRow;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {

    static final Instant AS_OF = Instant.parse("2019-12-15T00:00:00Z");

    static ReportView view;
    static byte[] pdf;

    @TempDir
    Path dir;

    @BeforeAll
    static void renderSample() throws IOException {
        view = SampleReportView.view();
        PdfReport.Rendered rendered = new PdfReport(new FlyingSaucerTypesetter())
                .render(view, TemplateSource.bundled(), AS_OF);
        assertThat(rendered.warnings()).isEmpty();
        pdf = rendered.pdf();
        // kept for looking at: pdftoppm -png -r 60 target/sample-report.pdf /tmp/page
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample-report.pdf"), pdf);
    }

    /** The text in drawing order: table cells one after another. */
    private static String text() throws IOException {
        return text(false);
    }

    /** The text in reading order when {@code byPosition}: lines as they appear on the page. */
    private static String text(boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theTextHoldsEveryHeaderFieldAndNarrativeSection() throws IOException {
        String text = text(true);
        assertThat(text).containsIgnoringCase("Project Report");
        assertThat(text).contains("KHM-HPC-PSK-P01, Phnom Penh, Cambodia",
                "Reporting Period: December 2018 – November 2019", "Protecting Street Kids - Phnom Penh",
                "Budget: Year 1 $45,000 – fully funded");
        for (NarrativeSection section : view.narrative()) {
            assertThat(text).contains(section.title());
        }
        assertThat(text).containsSubsequence("The Project", "Update", "A story from the outreach team");
        assertThat(text).contains("on 253 evenings, and 236 children took part",
                "(https://example.org/partners)");
    }

    @Test
    void theTextHoldsEveryFigureOfTheView() throws IOException {
        String text = text();
        for (ResultRow row : view.results().rows()) {
            assertThat(text).contains(row.label(), row.status().label());
            assertThat(text).contains(row.baseline() + " " + row.target() + " " + row.actual() + " "
                    + row.achieved());
        }
        assertThat(text).contains("144 of 236", "Riverfront 140 · Stung Mean Chey 96 · girls 131 · boys 105");
        for (BudgetRow row : view.budget().rows()) {
            assertThat(text).contains(row.label() + (row.flagged() ? " " + row.flag() : "") + " "
                    + String.join(" ", row.figures()));
        }
        for (LabelledValue line : view.funding().lines()) {
            assertThat(text).contains(line.label() + " " + line.value());
        }
        assertThat(text).contains("Variance note: to be written", "Target: 5 a week",
                "3f9a1c0e5b7d2468ac13e57f9b0d2c4e6a8f1b3d5c7e9a0b2d4f6e8a1c3b5d7e",
                "fieldreport report sample-data --period Y1 --format pdf --as-of 2019-12-15");
    }

    @Test
    void everyPageHasTheRunningHeaderAndPageNOfM() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(page).contains("KHM-HPC-PSK-P01 · Protecting Street Kids",
                        "Page " + p + " of " + pages, "Reporting Period: December 2018 – November 2019 · Donor");
            }
        }
    }

    @Test
    void internalOutputIsMarkedConfidentialOnEveryPage() throws IOException {
        ReportView internal = new ReportView(view.language(), view.header(), view.narrative(), view.results(),
                view.charts(), view.budget(), view.funding(), view.provenance(),
                new Marking("Internal report", "CONFIDENTIAL", view.marking().footerText(), ""), view.glance(),
                view.signOff());
        byte[] marked = new PdfReport(new FlyingSaucerTypesetter()).render(internal, TemplateSource.bundled(), AS_OF)
                .pdf();
        Files.write(Path.of("target/sample-report-internal.pdf"), marked);
        try (PDDocument document = Loader.loadPDF(marked)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(document)).as("page " + p).contains("CONFIDENTIAL");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("CONFIDENTIAL – Internal report");
        }
    }

    @Test
    void twoRendersWithTheSameAsOfAreByteIdentical() {
        RenderedReport again = PdfReport.write(view, dir.resolve("again.pdf"), TemplateSource.bundled(), AS_OF);
        assertThat(again.bytes()).isEqualTo(pdf.length);
        assertThat(read(dir.resolve("again.pdf"))).isEqualTo(pdf);
        byte[] later = new PdfReport(new FlyingSaucerTypesetter())
                .render(view, TemplateSource.bundled(), AS_OF.plusSeconds(86_400)).pdf();
        assertThat(later).isNotEqualTo(pdf);
    }

    @Test
    void theMetadataHoldsOnlyTitleSubjectAndTheAsOfDates() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getCOSObject().keySet()).containsExactlyInAnyOrder(COSName.TITLE, COSName.SUBJECT,
                    COSName.CREATION_DATE, COSName.MOD_DATE);
            assertThat(info.getTitle()).isEqualTo("Protecting Street Kids - Phnom Penh");
            assertThat(info.getSubject()).isEqualTo("KHM-HPC-PSK-P01, December 2018 – November 2019");
            Calendar created = info.getCreationDate();
            assertThat(created.toInstant()).isEqualTo(AS_OF);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(AS_OF);
            assertThat(created.getTimeZone().getRawOffset()).isEqualTo(TimeZone.getTimeZone("UTC").getRawOffset());
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfTheBundledFamily() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?");
            }
        }
    }

    @Test
    void aTemplateAskingForOtherFontsStillGetsOnlyTheBundledOnes() throws IOException {
        Path templates = TemplateFolders.withReport(dir, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<style>p { font-family: Helvetica; } h1 { font-family: \"Times New Roman\", serif; }</style>"
                + "</head><body><h1>${report.header.title}</h1><p>${report.header.location}</p></body></html>");
        byte[] own = new PdfReport(new FlyingSaucerTypesetter()).render(view, TemplateSource.folder(templates), AS_OF)
                .pdf();
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(own)) {
            collectFonts(document.getPage(0).getResources(), fonts);
            assertThat(new PDFTextStripper().getText(document)).contains("Phnom Penh, Cambodia");
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
        });
        // the fallback family is the bundled one, loaded once: each face is embedded as one subset
        List<String> faces = fonts.stream().map(f -> f.getName().substring(7)).toList();
        assertThat(faces).doesNotHaveDuplicates();
    }

    @Test
    void chartsAreVectorDrawingsWithRealText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Integer> pagesWithImages = new ArrayList<>();
            int forms = 0;
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                PDResources resources = document.getPage(p).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDImageXObject && !pagesWithImages.contains(p + 1)) {
                        pagesWithImages.add(p + 1);
                    }
                    forms += x instanceof PDFormXObject ? 1 : 0;
                }
            }
            assertThat(pagesWithImages).as("only the logo on page 1 is a picture").containsExactly(1);
            assertThat(forms).as("one drawing per chart").isEqualTo(view.charts().size());
        }
        assertThat(text()).contains("Outreach nights", "Stung Mean Chey", "Expected pace", "Nov 2019");
    }

    @Test
    void qpdfFindsNothingWrong() throws Exception {
        Path file = dir.resolve("check.pdf");
        Files.write(file, pdf);
        Process qpdf;
        try {
            qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            org.junit.jupiter.api.Assumptions.abort("qpdf is not installed");
            return;
        }
        String output = new String(qpdf.getInputStream().readAllBytes());
        assertThat(qpdf.waitFor()).as(output).isZero();
        assertThat(output).contains("No syntax or stream encoding errors found");
    }

    @Test
    void aTemplateThatPlacesAnUnknownChartIsAnError() throws IOException {
        Path templates = TemplateFolders.withReport(dir, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<object type=\"application/x-fieldreport-chart\" data=\"no-such-chart\"></object></body></html>");
        assertThatThrownBy(() -> PdfReport.write(view, dir.resolve("x.pdf"), TemplateSource.folder(templates),
                AS_OF))
                .isInstanceOf(FieldReportException.class)
                .hasMessageContaining("the template places the chart \"no-such-chart\" but the report has no chart"
                        + " of that id");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aProjectTemplateFolderOverridesTheBundledStylesheetOnly() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.css"), "body { font-family: \"DejaVu Sans\"; }\n"
                + ".kind { color: #ff0000; }\n");
        RenderedReport rendered = PdfReport.write(view, dir.resolve("own.pdf"), TemplateSource.folder(templates),
                AS_OF);
        assertThat(rendered.warnings()).isEmpty();
        assertThat(read(dir.resolve("own.pdf"))).isNotEqualTo(pdf);
    }

    @Test
    void aFailedRenderLeavesTheEarlierFileUntouched() throws IOException {
        Path out = dir.resolve("report.pdf");
        Files.write(out, pdf);
        Path templates = TemplateFolders.withReport(dir, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "${report.noSuchField}</body></html>");
        assertThatThrownBy(() -> PdfReport.write(view, out, TemplateSource.folder(templates), AS_OF))
                .isInstanceOf(FieldReportException.class)
                .satisfies(e -> assertThat(((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageStartingWith("template report.ftlh:1:")
                .hasMessage("template report.ftlh:1:52: The following has evaluated to null or missing: ==> "
                        + "report.noSuchField");
        assertThat(read(out)).isEqualTo(pdf);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.pdf",
                    "templates");
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}

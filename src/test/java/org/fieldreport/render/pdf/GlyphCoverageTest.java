package org.fieldreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.ReportHeader;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphCoverageTest {

    @TempDir
    Path dir;

    @Test
    void aCharacterTheFontCannotDrawInTheNarrativeNamesFileLineAndColumn() {
        ReportView view = SampleReportView.view(List.of(new NarrativeSection("Update", "narrative/02-update.md",
                "# Update\n\nThe team visited Bangkok (\u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E) again.\n",
                "<p>ignored</p>")));
        Path out = dir.resolve("r.pdf");
        assertThatThrownBy(() -> PdfReport.write(view, out, TemplateSource.bundled(), Instant.EPOCH))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("narrative/02-update.md:3:27: error: the character U+0E01 (THAI CHARACTER KO KAI) cannot "
                        + "be drawn by the bundled fonts (DejaVu Sans, Noto Sans Khmer); replace it, or write it out "
                        + "in letters the fonts have")
                .satisfies(e -> assertThat(((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        assertThat(out).doesNotExist();
    }

    @Test
    void aCharacterTheFontCannotDrawInAFieldNamesTheField() {
        ReportView sample = SampleReportView.view(List.of());
        ReportHeader h = sample.header();
        ReportView view = new ReportView(sample.language(), new ReportHeader(h.kindLabel(), h.title(),
                h.shortTitle(), h.projectCode(), "Phnom Penh \uD83C\uDDF0\uD83C\uDDED", h.periodLabel(),
                h.budgetLine(), h.partner(), h.funder()), sample.narrative(), sample.results(), sample.charts(),
                sample.budget(), sample.funding(), sample.provenance(), sample.marking(), sample.glance(),
                sample.signOff());
        assertThatThrownBy(() -> new GlyphCoverage().check(view))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("report.header.location: error: the character U+1F1F0 (REGIONAL INDICATOR "
                        + "SYMBOL LETTER K) cannot be drawn")
                .satisfies(e -> assertThat(((FieldReportException) e).problems()).extracting(Problem::code)
                        .containsExactly("undrawable-character"));
    }

    @Test
    void aCharacterTheFontCannotDrawInTheTemplateNamesTheTemplate() throws java.io.IOException {
        Path templates = TemplateFolders.withReport(dir, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<p>\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19</p></body></html>");
        assertThatThrownBy(() -> PdfReport.write(SampleReportView.view(), dir.resolve("r.pdf"),
                TemplateSource.folder(templates), Instant.EPOCH))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("template report.ftlh: error: the character U+0E23 (THAI CHARACTER RO RUA) "
                        + "cannot be drawn by the bundled fonts");
    }

    @Test
    void theSampleAndItsTypographyAreDrawable() {
        new GlyphCoverage().check(SampleReportView.view());
        assertThat(new GlyphCoverage().firstUndrawable("“<10” – −2,770 · é ü ñ € £ …")).isEqualTo(-1);
        // Khmer, with a subscript consonant (coeng) and a zero-width space between words, is drawn by Noto Sans Khmer.
        assertThat(new GlyphCoverage().firstUndrawable("\u1797\u17D2\u1793\u17C6\u1796\u17C1\u1789\u200B"
                + "\u1780\u17BB\u1798\u17B6\u179A")).isEqualTo(-1);
    }
}

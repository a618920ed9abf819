package org.fieldreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.render.BundledFonts;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Khmer in the narrative is set in the bundled Khmer font and shaped: the PDF draws the glyphs Java's text layout
 * chooses for the word (a subscript form of RO, a vowel drawn before its consonant), not one glyph per character.
 */
class KhmerShapingTest {

    /** "គម្រោង" (project): KO, MO, COENG, RO, vowel OO, NGO. */
    private static final String WORD = "\u1782\u1798\u17D2\u179A\u17C4\u1784";

    @TempDir
    Path dir;

    @Test
    void aKhmerWordIsDrawnWithItsShapedGlyphs() throws Exception {
        Path out = dir.resolve("r.pdf");
        PdfReport.write(SampleReportView.view(List.of(new NarrativeSection("Update", "narrative/02-update.md",
                "# Update\n\nThe " + WORD + " went on.\n", "<p>The " + WORD + " went on.</p>"))), out,
                TemplateSource.bundled(), Instant.EPOCH);

        Font khmer = BundledFonts.KHMER_REGULAR.awt().deriveFont(12f);
        FontRenderContext frc = new FontRenderContext(null, false, false);
        Set<Integer> shaped = codes(khmer.layoutGlyphVector(frc, WORD.toCharArray(), 0, WORD.length(),
                Font.LAYOUT_LEFT_TO_RIGHT));
        Set<Integer> perCharacter = codes(khmer.createGlyphVector(frc, WORD));
        Set<Integer> onlyShaped = new HashSet<>(shaped);
        onlyShaped.removeAll(perCharacter);
        assertThat(onlyShaped).as("glyphs that only shaping produces").isNotEmpty();

        assertThat(glyphsDrawnIn(out, BundledFonts.KHMER_FAMILY.replace(" ", ""))).containsAll(onlyShaped);
    }

    @Test
    void reportsWithAndWithoutKhmerFollowOneAnotherInOneRun() throws Exception {
        ReportView khmer = SampleReportView.view(List.of(new NarrativeSection("Update", "narrative/02-update.md",
                "# Update\n\n" + WORD + "\n", "<p>" + WORD + "</p>")));
        for (int i = 0; i < 2; i++) {
            PdfReport.write(khmer, dir.resolve("k" + i + ".pdf"), TemplateSource.bundled(), Instant.EPOCH);
            PdfReport.write(SampleReportView.view(), dir.resolve("plain" + i + ".pdf"), TemplateSource.bundled(),
                    Instant.EPOCH);
        }
        assertThat(Files.mismatch(dir.resolve("k0.pdf"), dir.resolve("k1.pdf"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("plain0.pdf"), dir.resolve("plain1.pdf"))).isEqualTo(-1L);
    }

    private static Set<Integer> codes(GlyphVector glyphs) {
        Set<Integer> codes = new HashSet<>();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            codes.add(glyphs.getGlyphCode(i));
        }
        return codes;
    }

    /** The two-byte glyph codes of every string drawn while a font whose name contains {@code font} is set. */
    private static Set<Integer> glyphsDrawnIn(Path pdf, String font) throws IOException {
        Set<Integer> glyphs = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                boolean inFont = false;
                List<COSBase> operands = new ArrayList<>();
                for (Object token : tokens) {
                    if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                        if (op.getName().equals("Tf") && operands.get(0) instanceof COSName name) {
                            PDFont f = page.getResources().getFont(name);
                            inFont = f != null && f.getName().contains(font);
                        } else if (inFont && (op.getName().equals("Tj") || op.getName().equals("TJ"))) {
                            for (COSBase operand : operands) {
                                addCodes(operand, glyphs);
                            }
                        }
                        operands.clear();
                    } else if (token instanceof COSBase base) {
                        operands.add(base);
                    }
                }
            }
        }
        return glyphs;
    }

    private static void addCodes(COSBase operand, Set<Integer> glyphs) {
        if (operand instanceof COSString s) {
            byte[] b = s.getBytes();
            for (int i = 0; i + 1 < b.length; i += 2) {
                glyphs.add(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF));
            }
        } else if (operand instanceof COSArray array) {
            for (COSBase item : array) {
                addCodes(item, glyphs);
            }
        }
    }
}

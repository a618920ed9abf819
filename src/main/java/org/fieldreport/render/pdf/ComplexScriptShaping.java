package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.LayoutProcessor;
import org.fieldreport.render.BundledFonts;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * Shapes Khmer text through OpenPDF's {@link LayoutProcessor}, which lays glyphs out with Java's own text layout
 * (HarfBuzz inside the JDK): subscript consonants and vowel signs are placed as the script needs, which drawing
 * one glyph per character cannot do. Only the Khmer faces are registered with it, so every other text is drawn
 * exactly as before. Each shaped run also carries its characters as {@code /ActualText}, so the text can be
 * searched and copied. Limits: Flying Saucer measures a run's width from the unshaped glyphs (a Khmer run may be
 * followed by a little extra space), and justified text ({@code text-align: justify}) is drawn unshaped.
 */
final class ComplexScriptShaping {

    private static boolean enabled;

    private ComplexScriptShaping() {
    }

    /** Registers the loaded Khmer faces of the document's fonts for shaping. */
    static void register(ITextFontResolver fonts) {
        enableOnce();
        FontFamily khmer = fonts.getFonts().get(BundledFonts.KHMER_FAMILY);
        if (khmer == null) {
            return;
        }
        for (FontDescription d : khmer.getFontDescriptions()) {
            BundledFonts face = d.getWeight() >= 600 ? BundledFonts.KHMER_BOLD : BundledFonts.KHMER_REGULAR;
            LayoutProcessor.loadFont(d.getFont(), face.resourcePath());
        }
    }

    private static synchronized void enableOnce() {
        if (!enabled) {
            LayoutProcessor.enable();
            LayoutProcessor.setWriteActualText();
            enabled = true;
        }
    }
}

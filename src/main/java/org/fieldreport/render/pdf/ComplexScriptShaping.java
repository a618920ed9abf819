package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.LayoutProcessor;
import java.util.function.Supplier;
import org.fieldreport.render.BundledFonts;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * Shapes Khmer text through OpenPDF's {@link LayoutProcessor}, which lays glyphs out with Java's own text layout
 * (HarfBuzz inside the JDK): subscript consonants and vowel signs are placed as the script needs, which drawing
 * one glyph per character cannot do. Each shaped run also carries its characters as {@code /ActualText}, so the
 * text can be searched and copied.
 * <p>
 * The processor is one switch for the whole JVM, and while it is on, every font OpenPDF creates is handed to it by
 * name (which fails for fonts made from bytes, as ours are). So it is switched on only while a document with Khmer
 * is laid out and drawn, with only the Khmer faces registered, and switched off (forgetting them) afterwards; fonts
 * are created, and Khmer documents drawn, one document at a time. Limits: justified Khmer runs are drawn
 * unjustified ({@link ShapingOutputDevice}).
 */
final class ComplexScriptShaping {

    private static final Object LOCK = new Object();

    private ComplexScriptShaping() {
    }

    /** Runs a step that creates fonts (Flying Saucer's {@code setDocument}) while no document is being shaped. */
    static void creatingFonts(Runnable step) {
        synchronized (LOCK) {
            step.run();
        }
    }

    /** Lays out and draws a document with its Khmer faces registered for shaping. */
    static <T> T shaping(ITextFontResolver fonts, Supplier<T> layoutAndDraw) {
        synchronized (LOCK) {
            LayoutProcessor.enable();
            LayoutProcessor.setWriteActualText();
            try {
                FontFamily khmer = fonts.getFonts().get(BundledFonts.KHMER_FAMILY);
                if (khmer != null) {
                    for (FontDescription d : khmer.getFontDescriptions()) {
                        BundledFonts face = d.getWeight() >= 600 ? BundledFonts.KHMER_BOLD
                                : BundledFonts.KHMER_REGULAR;
                        LayoutProcessor.loadFont(d.getFont(), face.resourcePath());
                    }
                }
                return layoutAndDraw.get();
            } finally {
                LayoutProcessor.disable();
            }
        }
    }
}

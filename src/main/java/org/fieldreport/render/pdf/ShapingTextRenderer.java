package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.awt.font.GlyphVector;
import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's text measurer, measuring the runs of a shaped font ({@link ComplexScriptShaping}) by their
 * shaped glyphs, so that a Khmer run takes the width it is drawn with rather than the sum of its characters'
 * widths (a consonant written below another takes no width of its own).
 */
final class ShapingTextRenderer extends ITextTextRenderer {

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (font instanceof ITextFSFont f && !string.isEmpty()) {
            BaseFont base = f.getFontDescription().getFont();
            if (LayoutProcessor.supportsFont(base)) {
                GlyphVector glyphs = LayoutProcessor.computeGlyphVector(base, font.getSize2D(), string);
                return (int) Math.ceil(glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX());
            }
        }
        return super.getWidth(context, font, string);
    }
}

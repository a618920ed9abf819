package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import org.fieldreport.render.BundledFonts;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * Maps the fonts charts draw with to the document's own embedded bundled fonts (the same subsets the text uses),
 * never to a base-14 font.
 */
final class BundledFontMapper implements FontMapper {

    private final ITextFontResolver resolver;

    BundledFontMapper(ITextFontResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        FontFamily family = resolver.getFonts().get(BundledFonts.FAMILY);
        if (family == null) {
            throw new IllegalStateException("the bundled font family is not loaded");
        }
        // A font made from a TrueType file keeps style PLAIN whatever its face, so read the face from its name.
        String name = font.getPSName();
        int weight = font.isBold() || name.contains("Bold") ? 700 : 400;
        boolean oblique = font.isItalic() || name.contains("Oblique") || name.contains("Italic");
        FontDescription d = family.match(weight, oblique ? IdentValue.OBLIQUE : IdentValue.NORMAL);
        if (d == null) {
            d = family.match(weight, IdentValue.NORMAL);
        }
        return d.getFont();
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return BundledFonts.REGULAR.awt().deriveFont((float) size);
    }
}

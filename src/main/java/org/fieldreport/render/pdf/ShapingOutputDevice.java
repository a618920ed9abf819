package org.fieldreport.render.pdf;

import com.lowagie.text.pdf.LayoutProcessor;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer's output device, drawing the runs of a shaped font ({@link ComplexScriptShaping}) without
 * justification: a justified run is drawn as a spaced glyph array, which bypasses the shaper, and spacing out the
 * letters of a Khmer word would be wrong in any case. Such a run ends a little short of the right margin instead.
 */
final class ShapingOutputDevice extends ITextOutputDevice {

    private FSFont current;

    ShapingOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void setFont(FSFont font) {
        current = font;
        super.setFont(font);
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        boolean shaped = current instanceof ITextFSFont f
                && LayoutProcessor.supportsFont(f.getFontDescription().getFont());
        super.drawString(s, x, y, shaped ? null : info);
    }
}

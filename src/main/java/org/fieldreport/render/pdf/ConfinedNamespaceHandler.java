package org.fieldreport.render.pdf;

import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.w3c.dom.Element;

/**
 * Flying Saucer's XHTML handling, with every stylesheet given an address under the template base, so that
 * addresses inside stylesheets ({@code @import}, {@code url(...)}) resolve against it and reach the
 * {@link ConfinedUserAgent} as absolute addresses it can judge. Without this a linked sheet keeps its bare relative
 * name, which makes the CSS parser fall back to a path that also prints to stdout.
 */
final class ConfinedNamespaceHandler extends XhtmlNamespaceHandler {

    private int inline;

    @Override
    protected StylesheetInfo readLinkElement(Element link) {
        StylesheetInfo info = super.readLinkElement(link);
        return info == null ? null : new StylesheetInfo(info.getOrigin(), ConfinedUserAgent.resolve(info.getUri()),
                info.getMedia(), info.getContent().orElse(null));
    }

    @Override
    protected StylesheetInfo readStyleElement(Element style) {
        StylesheetInfo info = super.readStyleElement(style);
        return info == null ? null : new StylesheetInfo(info.getOrigin(),
                ConfinedUserAgent.BASE + "#inline-style-" + ++inline, info.getMedia(), info.getContent().orElse(null));
    }
}

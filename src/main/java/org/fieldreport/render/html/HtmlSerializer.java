package org.fieldreport.render.html;

import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes an XHTML DOM as HTML5 text a browser parses the same way: a {@code <!DOCTYPE html>}, void elements
 * without end tags, every other element with one (an XML {@code <div/>} would swallow what follows in HTML),
 * style text as it is, everything else escaped. It decides nothing about what is allowed: {@link StandalonePage}
 * cleans the text it writes.
 */
final class HtmlSerializer {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private HtmlSerializer() {
    }

    static String write(Document document) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n");
        element(document.getDocumentElement(), out, true);
        out.append('\n');
        return out.toString();
    }

    private static void element(Element e, StringBuilder out, boolean root) {
        String name = name(e);
        out.append('<').append(name);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getName().startsWith("xmlns") && !root) {
                continue;
            }
            out.append(' ').append(a.getName()).append("=\"").append(escape(a.getValue(), true)).append('"');
        }
        out.append('>');
        if (VOID.contains(name)) {
            return;
        }
        boolean raw = name.equals("style");
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) n, out, false);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(raw
                        ? n.getNodeValue().replace("</", "<\\/") : escape(n.getNodeValue(), false));
                default -> {
                    // comments and processing instructions are not copied
                }
            }
        }
        out.append("</").append(name).append('>');
    }

    private static String name(Element e) {
        String local = e.getLocalName();
        return (local == null ? e.getNodeName() : local).toLowerCase(Locale.ROOT);
    }

    static String escape(String text, boolean attribute) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append(attribute ? "&quot;" : "\"");
                case '\u00A0' -> s.append("&nbsp;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}

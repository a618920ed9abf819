package org.fieldreport.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Adds the PDF's outline (the bookmarks a reader's side panel shows) from the document's section headings: each
 * {@code h2} a top-level entry, each {@code h3} an entry under the {@code h2} before it. Flying Saucer makes the
 * outline from a {@code bookmarks} element in the head; a heading without an id gets one.
 */
final class Bookmarks {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Bookmarks() {
    }

    static void add(Document document, Element head) {
        List<Element> headings = new ArrayList<>();
        collect(document.getDocumentElement(), headings);
        if (headings.isEmpty()) {
            return;
        }
        Element bookmarks = document.createElementNS(XHTML, "bookmarks");
        Element section = null;
        int n = 0;
        for (Element heading : headings) {
            String id = heading.getAttribute("id");
            if (id.isEmpty()) {
                id = "fr-section-" + ++n;
                heading.setAttribute("id", id);
            }
            Element mark = document.createElementNS(XHTML, "bookmark");
            mark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
            mark.setAttribute("href", "#" + id);
            if (name(heading).equals("h2") || section == null) {
                bookmarks.appendChild(mark);
                section = name(heading).equals("h2") ? mark : null;
            } else {
                section.appendChild(mark);
            }
        }
        head.appendChild(bookmarks);
    }

    private static void collect(Node node, List<Element> headings) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                String name = name(e);
                if (name.equals("head")) {
                    continue;
                }
                if (name.equals("h2") || name.equals("h3")) {
                    headings.add(e);
                } else {
                    collect(e, headings);
                }
            }
        }
    }

    private static String name(Element e) {
        return (e.getLocalName() == null ? e.getNodeName() : e.getLocalName()).toLowerCase(java.util.Locale.ROOT);
    }
}

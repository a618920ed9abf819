package org.fieldreport.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.render.BundledFonts;
import org.fieldreport.render.BundledFonts.Family;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Puts every run of Khmer letters of a document in a span set in the bundled Khmer family. Flying Saucer draws
 * each run of text in one font, the first of the family list that it has, and does not fall back letter by
 * letter; DejaVu Sans has no Khmer, so without this a Khmer word would print as nothing.
 */
final class KhmerRuns {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Marks the spans this class makes; templates may style it further. */
    static final String CLASS = "fr-khmer";

    private KhmerRuns() {
    }

    /** Wraps the Khmer runs of every text node outside the head; returns whether there were any. */
    static boolean wrap(Document document) {
        List<Text> texts = new ArrayList<>();
        collect(document.getDocumentElement(), texts);
        for (Text text : texts) {
            split(document, text);
        }
        return !texts.isEmpty();
    }

    private static void collect(Node node, List<Text> texts) {
        if (node instanceof Element e && isStyle(e)) {
            return;
        }
        if (node instanceof Text t && node.getNodeType() == Node.TEXT_NODE && hasKhmer(t.getData())) {
            texts.add(t);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, texts);
        }
    }

    private static boolean isStyle(Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        return "style".equalsIgnoreCase(name) || "head".equalsIgnoreCase(name);
    }

    private static boolean hasKhmer(String s) {
        return s.codePoints().anyMatch(cp -> Family.drawing(cp) == Family.KHMER);
    }

    /** Replaces one text node by its runs: plain text nodes and Khmer spans, in order. */
    private static void split(Document document, Text text) {
        Node parent = text.getParentNode();
        String s = text.getData();
        int start = 0;
        while (start < s.length()) {
            boolean khmer = Family.drawing(s.codePointAt(start)) == Family.KHMER;
            int end = start;
            while (end < s.length() && belongs(s, end, khmer)) {
                end += Character.charCount(s.codePointAt(end));
            }
            String run = s.substring(start, end);
            if (khmer) {
                Element span = document.createElementNS(XHTML, "span");
                span.setAttribute("class", CLASS);
                span.setAttribute("lang", "km");
                span.setAttribute("style", "font-family: \"" + BundledFonts.KHMER_FAMILY + "\"");
                span.appendChild(document.createTextNode(run));
                parent.insertBefore(span, text);
            } else {
                parent.insertBefore(document.createTextNode(run), text);
            }
            start = end;
        }
        parent.removeChild(text);
    }

    /**
     * Whether the code point at {@code i} continues a run: a Khmer run also keeps the zero-width joiners and
     * spaces that Khmer writing puts between its letters.
     */
    private static boolean belongs(String s, int i, boolean khmer) {
        int cp = s.codePointAt(i);
        boolean isKhmer = Family.drawing(cp) == Family.KHMER;
        if (khmer && !isKhmer && (cp == 0x200B || cp == 0x200C || cp == 0x200D)) {
            return true;
        }
        return isKhmer == khmer;
    }
}

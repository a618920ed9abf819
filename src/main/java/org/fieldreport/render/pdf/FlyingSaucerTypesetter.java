package org.fieldreport.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.fieldreport.render.BundledFonts;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.template.TemplateSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * The {@link PdfTypesetter} on Flying Saucer and OpenPDF. What it adds to the library:
 * <ul>
 * <li>fetching only through {@link ConfinedUserAgent};</li>
 * <li>only the bundled fonts, embedded as Identity-H subsets (loaded by {@code @font-face} rules it puts first in
 * the document, and also standing in for the generic "serif" fallback); the base-14 fonts are not offered at
 * all;</li>
 * <li>charts as vector drawings ({@link ChartElementFactory});</li>
 * <li>a deterministic file: dates from the as-of instant, subset tags and document ID derived from the content,
 * and document information holding only title and subject.</li>
 * </ul>
 */
public final class FlyingSaucerTypesetter implements PdfTypesetter {

    private static final float DOTS_PER_POINT = ITextRenderer.DEFAULT_DOTS_PER_POINT;
    private static final int DOTS_PER_PIXEL = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Fonts are served by the user agent under this scheme, from the jar only. */
    static final String FONT_SCHEME = "bundled-font:";
    /** The family Flying Saucer falls back to when a style names none it has. */
    private static final String SERIF = "Serif";

    @Override
    public Typeset typeset(Document xhtml, TemplateSource resources, Map<String, ChartView> charts, PdfInfo info) {
        Document document = (Document) xhtml.cloneNode(true);
        Element head = addFontFaces(document);
        Bookmarks.add(document, head);
        boolean khmer = KhmerRuns.wrap(document);
        String contentSeed = sha256Hex(document);

        ITextOutputDevice device = new ShapingOutputDevice(DOTS_PER_POINT);
        ITextFontResolver fonts = new BundledOnlyFontResolver();
        ChartElementFactory replaced = new ChartElementFactory(new ITextReplacedElementFactory(device), charts,
                () -> new BundledFontMapper(fonts), DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device,
                new ITextUserAgent(device, DOTS_PER_PIXEL), fonts, replaced, new ShapingTextRenderer());
        ConfinedUserAgent agent = new ConfinedUserAgent(resources, DOTS_PER_PIXEL);
        renderer.getSharedContext().setUserAgentCallback(agent);
        renderer.setListener(new Metadata(info, document.getDocumentElement().getAttribute("lang")));

        ComplexScriptShaping.creatingFonts(
                () -> renderer.setDocument(document, ConfinedUserAgent.BASE, new ConfinedNamespaceHandler()));
        byte[] pdf = khmer ? ComplexScriptShaping.shaping(fonts, () -> draw(renderer, fonts, contentSeed))
                : draw(renderer, fonts, contentSeed);
        return new Typeset(DocumentId.stamp(pdf), agent.refusals());
    }

    private static byte[] draw(ITextRenderer renderer, ITextFontResolver fonts, String contentSeed) {
        renderer.layout();
        tagSubsets(fonts, contentSeed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be made: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Puts the bundled fonts first in the document's head, before any stylesheet of the template; returns the head. */
    private static Element addFontFaces(Document document) {
        StringBuilder css = new StringBuilder();
        for (String family : List.of(BundledFonts.FAMILY, SERIF, BundledFonts.KHMER_FAMILY)) {
            BundledFonts.Family faces = family.equals(BundledFonts.KHMER_FAMILY) ? BundledFonts.Family.KHMER
                    : BundledFonts.Family.MAIN;
            for (BundledFonts face : BundledFonts.values()) {
                if (face.family() != faces) {
                    continue;
                }
                css.append("@font-face { font-family: \"").append(family).append("\"; src: url(\"")
                        .append(FONT_SCHEME).append(face.fileName()).append("\"); font-weight: ")
                        .append(face.bold() ? "bold" : "normal").append("; font-style: ")
                        .append(face.oblique() ? "oblique" : "normal")
                        .append("; -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; }\n");
            }
        }
        Element root = document.getDocumentElement();
        Element head = firstChild(root, "head");
        if (head == null) {
            head = document.createElementNS(XHTML, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.appendChild(document.createTextNode(css.toString()));
        head.insertBefore(style, head.getFirstChild());
        return head;
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName() == null ? e.getNodeName()
                    : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Gives every loaded font a subset-tag source derived from the document and the font, under the first family
     * (by name) that holds it: "Serif" holds the same fonts as the bundled family and tags none of its own.
     */
    private static void tagSubsets(ITextFontResolver fonts, String contentSeed) {
        List<String> families = new ArrayList<>(fonts.getFonts().keySet());
        families.sort(null);
        Set<BaseFont> tagged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String family : families) {
            FontFamily f = fonts.getFonts().get(family);
            for (FontDescription d : f.getFontDescriptions()) {
                if (tagged.add(d.getFont())) {
                    d.getFont().setSecureRandom(new SubsetTagRandom(contentSeed + "|" + family + "|"
                            + d.getFont().getPostscriptFontName() + "|" + d.getWeight() + "|" + d.getStyle()));
                }
            }
        }
    }

    private static String sha256Hex(Document document) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(document.getDocumentElement().getTextContent().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Offers no font but those the document's {@code @font-face} rules load: no base-14 fallback. The bundled
     * faces are declared twice, as {@value BundledFonts#FAMILY} and as "Serif" (the generic fallback); they are
     * loaded once, and "Serif" names the same fonts, rather than reading and parsing every font file twice.
     */
    private static final class BundledOnlyFontResolver extends ITextFontResolver {
        @Override
        protected Map<String, FontFamily> loadFonts() {
            return new HashMap<>();
        }

        @Override
        public void importFontFaces(List<FontFaceRule> fontFaces, UserAgentCallback userAgent) {
            List<FontFaceRule> loaded = new ArrayList<>();
            boolean serif = false;
            for (FontFaceRule rule : fontFaces) {
                if (isBundledSerif(rule)) {
                    serif = true;
                } else {
                    loaded.add(rule);
                }
            }
            super.importFontFaces(loaded, userAgent);
            FontFamily bundled = getFonts().get(BundledFonts.FAMILY);
            if (serif && bundled != null) {
                getFonts().putIfAbsent(SERIF, bundled);
            }
        }

        private static boolean isBundledSerif(FontFaceRule rule) {
            CalculatedStyle style = rule.getCalculatedStyle();
            return rule.hasFontFamily()
                    && SERIF.equals(style.valueByName(CSSName.FONT_FAMILY).asString())
                    && style.valueByName(CSSName.SRC).asString().startsWith(FONT_SCHEME);
        }
    }

    /**
     * Sets the document information to title, subject and the as-of dates, and nothing else; names the document's
     * language (from the template's {@code lang}) and asks viewers to show the title rather than the file name.
     */
    private static final class Metadata extends DefaultPDFCreationListener {
        private final PdfInfo info;
        private final String language;

        Metadata(PdfInfo info, String language) {
            this.info = info;
            this.language = language;
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary dictionary = renderer.getWriter().getInfo();
            for (PdfName key : new ArrayList<>(dictionary.getKeys())) {
                dictionary.remove(key);
            }
            GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(info.asOf().toEpochMilli());
            dictionary.put(PdfName.TITLE, new PdfString(info.title(), PdfObject.TEXT_UNICODE));
            dictionary.put(PdfName.SUBJECT, new PdfString(info.subject(), PdfObject.TEXT_UNICODE));
            dictionary.put(PdfName.CREATIONDATE, new PdfDate(when));
            dictionary.put(PdfName.MODDATE, new PdfDate(when));
            if (!language.isBlank()) {
                renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            }
            renderer.getWriter().addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        }
    }
}

package org.fieldreport.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes the final HTML a page that loads nothing and runs nothing, whatever the template wrote. The body goes
 * through jsoup's allow-list cleaner ({@link Safelist}): text, headings, lists, tables, spans and divs with
 * {@code class}, {@code id}, {@code title}, {@code lang} and table spans, images only as {@code data:image/}
 * addresses, links only to {@code http}, {@code https} or {@code mailto}; everything else (scripts, frames,
 * {@code embed}, {@code object}, forms, SVG, {@code base}, {@code meta}, XInclude, event handlers,
 * {@code srcdoc}, {@code javascript:} in any spelling) is left out. The head is written anew: a charset, a
 * Content-Security-Policy that forbids every load except {@code data:} images and inline styles, the viewport,
 * the title, and the template's stylesheets with every address taken out ({@link InertStyleSheet}).
 */
final class StandalonePage {

    /** What the page may load: images written into it as {@code data:} and its own inline styles, nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'";

    private static final String BODY_LEFT_OUT = "elements or attributes that run code or load from elsewhere";
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("abbr", "article", "aside", "figcaption", "figure", "footer", "header", "hr", "main", "mark",
                    "nav", "section", "s", "time")
            .addAttributes(":all", "class", "id", "title", "lang", "dir", "style")
            .addAttributes("td", "headers")
            .addAttributes("th", "headers")
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "data")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            .removeAttributes("blockquote", "cite")
            .removeAttributes("q", "cite");

    private StandalonePage() {
    }

    /**
     * The page made from {@code html}; what the template wrote and the page leaves out is described in
     * {@code leftOut} (empty when nothing was).
     */
    static String of(String html, List<String> leftOut) {
        Document dirty = Parser.htmlParser().parseInput(html, "");
        dirty.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        List<String> sheets = new ArrayList<>();
        for (Element style : dirty.select("style")) {
            if (!InertStyleSheet.loadsNothing(style.data())) {
                leftOut.add("addresses or font and import rules in a stylesheet");
            }
            sheets.add(InertStyleSheet.clean(style.data()));
            style.remove();
        }
        checkHead(dirty, leftOut);
        Document page = new Cleaner(ALLOWED).clean(dirty);
        page.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        if (!page.body().html().equals(dirty.body().html())) {
            leftOut.add(BODY_LEFT_OUT);
        }
        cleanInlineStyles(page, leftOut);
        for (Element img : page.select("img")) {
            if (!img.attr("src").startsWith("data:image/")) {
                img.remove();
            }
        }
        copyRootAttributes(dirty, page, leftOut);
        writeHead(dirty.title(), sheets, page.head());
        return "<!DOCTYPE html>\n" + page.outerHtml() + "\n";
    }

    /** The template's head may hold its title, styles, a charset and the viewport; anything else is noted. */
    private static void checkHead(Document dirty, List<String> leftOut) {
        for (Element e : dirty.head().children()) {
            String tag = e.normalName();
            boolean expected = tag.equals("title") || tag.equals("meta") && (e.hasAttr("charset")
                    || e.attr("name").equalsIgnoreCase("viewport") && !e.hasAttr("http-equiv")
                    || e.attr("http-equiv").equalsIgnoreCase("Content-Type"));
            if (!expected) {
                leftOut.add("<" + tag + "> in the head");
            }
        }
    }

    private static void cleanInlineStyles(Document page, List<String> leftOut) {
        for (Element e : page.select("[style]")) {
            if (!InertStyleSheet.loadsNothing(e.attr("style"))) {
                leftOut.add("addresses in a style attribute");
            }
            String clean = InertStyleSheet.clean(e.attr("style")).strip();
            if (clean.isEmpty()) {
                e.removeAttr("style");
            } else {
                e.attr("style", clean);
            }
        }
    }

    private static void copyRootAttributes(Document dirty, Document page, List<String> leftOut) {
        String lang = dirty.child(0).attr("lang");
        if (LANGUAGE.matcher(lang).matches()) {
            page.child(0).attr("lang", lang);
        }
        String dir = dirty.child(0).attr("dir").toLowerCase(Locale.ROOT);
        if (List.of("ltr", "rtl", "auto").contains(dir)) {
            page.child(0).attr("dir", dir);
        }
        String bodyClass = dirty.body().attr("class");
        if (!bodyClass.isEmpty()) {
            page.body().attr("class", bodyClass);
        }
        if (dirty.body().attributesSize() > (bodyClass.isEmpty() ? 0 : 1)) {
            leftOut.add(BODY_LEFT_OUT);
        }
    }

    private static void writeHead(String title, List<String> sheets, Element head) {
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", CONTENT_SECURITY_POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        for (String css : sheets) {
            head.appendElement("style").appendChild(new DataNode(css));
        }
    }
}

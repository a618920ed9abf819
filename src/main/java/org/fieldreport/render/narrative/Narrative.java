package org.fieldreport.render.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.fieldreport.model.SourceRef;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/**
 * Renders one narrative Markdown file into a {@link NarrativeSection}.
 * <ul>
 * <li>Figures: {@code ${indicator.id}} is replaced by the formatted figure; an unknown id is an error.</li>
 * <li>Names: a line holding a name of the deny-list is an error; nothing of the file is rendered.</li>
 * <li>Child codes: anything shaped like one is masked, with a warning naming the line.</li>
 * <li>Raw HTML is left out (with a warning saying where); links are shown as their text followed by the address,
 * since a printed report cannot be clicked.</li>
 * <li>Images place photos of the narrative folder ({@link NarrativePhotos}), captioned by their alt text; any other
 * image is left out with a warning.</li>
 * <li>Tables are GitHub-style pipe tables.</li>
 * <li>Quotes and lists nested deeper than {@link NestingDepth#DEEPEST} levels are an error.</li>
 * <li>The first level-one heading is the section title (else the file name); other headings move one level
 * down, under the section title.</li>
 * </ul>
 * Errors are thrown as one {@link FieldReportException} with {@link ExitCode#USAGE} carrying a {@link Problem}
 * per place (file, line, column), because a report with a wrong figure or a child's name must not be made.
 * Warnings go to the {@link Problems} collector given.
 */
public final class Narrative {

    /** The width a photo is placed at: the default template's text column, and about half of it upright. */
    private static final double COLUMN_MM = 160;
    private static final double PORTRAIT_MM = 90;

    private final Map<String, String> figures;
    private final NameDenyList denyList;
    private final UnaryOperator<String> childCodes;

    /**
     * @param figures  formatted figures by indicator id, from the same computation as the tables
     * @param denyList names that must not appear
     */
    public Narrative(Map<String, String> figures, NameDenyList denyList) {
        this(figures, denyList, UnaryOperator.identity());
    }

    /**
     * As {@link #Narrative(Map, NameDenyList)}, passing every line through the project's child-code mask (the
     * privacy package's), with a warning for each line it changes.
     */
    public Narrative(Map<String, String> figures, NameDenyList denyList, UnaryOperator<String> childCodes) {
        this.figures = Map.copyOf(figures);
        this.denyList = denyList;
        this.childCodes = childCodes;
    }

    /**
     * Renders one file.
     *
     * @param file     the file name as the user knows it, for messages (for example "narrative/02-update.md")
     * @param markdown its text
     * @param warnings receives the warnings (raw HTML or images left out)
     */
    public NarrativeSection render(String file, String markdown, Problems warnings) {
        return render(file, markdown, warnings, NarrativePhotos.NONE);
    }

    /** Renders one file, placing the photos of a narrative folder that it names. */
    public NarrativeSection render(String file, String markdown, Problems warnings, NarrativePhotos photos) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = maskChildCodes(file, text, warnings);
        List<Problem> errors = new ArrayList<>();
        NestingDepth.check(file, text, errors);
        checkNames(file, text, errors);
        if (errors.isEmpty()) {
            text = FigurePlaceholders.fill(file, text, figures, errors);
        }
        if (!errors.isEmpty()) {
            throw new FieldReportException(ExitCode.USAGE, errors.get(0).format()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors, null);
        }
        List<Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        Node document = parser.parse(text);
        String title = takeTitle(document).orElseGet(() -> titleFromFileName(file));
        List<Problem> dropped = new ArrayList<>();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> Narrative::alignmentAsClass)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .softbreak("\n")
                .nodeRendererFactory(context -> new SafeNodes(context, file, photos, dropped))
                .build();
        String xhtml = renderer.render(document);
        dropped.forEach(warnings::add);
        return new NarrativeSection(title, file, text, xhtml);
    }

    /**
     * A table column's alignment as a class ({@code align-right}) rather than the obsolete {@code align} attribute,
     * which the HTML report's allow-list does not keep.
     */
    private static void alignmentAsClass(Node node, String tagName, Map<String, String> attributes) {
        String align = attributes.remove("align");
        if (align != null) {
            attributes.put("class", "align-" + align);
        }
    }

    /** The text with child codes masked line by line (so line numbers hold), each line that held one warned about. */
    private String maskChildCodes(String file, String text, Problems warnings) {
        String[] lines = text.split("\n", -1);
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String masked = childCodes.apply(lines[i]);
            if (!masked.equals(lines[i])) {
                any = true;
                lines[i] = masked;
                warnings.add(Problem.warning("child-code", new SourceRef(file, i + 1, 0),
                        "this line names a child by code; the code is masked as [child code] in every output", "write about children without their codes"));
            }
        }
        return any ? String.join("\n", lines) : text;
    }

    private void checkNames(String file, String text, List<Problem> errors) {
        if (denyList.isEmpty()) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            OptionalInt column = denyList.firstMatch(lines[i]);
            if (column.isPresent()) {
                errors.add(Problem.error("denied-name", new SourceRef(file, i + 1, column.getAsInt()),
                        "this line holds a name from the deny-list",
                        "take the name out of the narrative; no report is made while it is there"));
            }
        }
    }

    private static java.util.Optional<String> takeTitle(Node document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1) {
            String title = plainText(h).strip();
            h.unlink();
            shiftHeadings(document);
            return title.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(title);
        }
        shiftHeadings(document);
        return java.util.Optional.empty();
    }

    private static void shiftHeadings(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + 1));
            }
            shiftHeadings(n);
        }
    }

    static String titleFromFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceFirst("^[0-9]+[-_ ]*", "").replace('-', ' ').replace('_', ' ').strip();
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    static String plainText(Node node) {
        StringBuilder s = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                s.append(t.getLiteral());
            } else if (n instanceof org.commonmark.node.Code c) {
                s.append(c.getLiteral());
            } else {
                s.append(plainText(n));
            }
        }
        return s.toString();
    }

    /**
     * Renders raw HTML as nothing (noting where), images as the photos they name or nothing, and links as text
     * plus address.
     */
    private static final class SafeNodes implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final String file;
        private final NarrativePhotos photos;
        private final List<Problem> dropped;

        SafeNodes(HtmlNodeRendererContext context, String file, NarrativePhotos photos, List<Problem> dropped) {
            this.context = context;
            this.file = file;
            this.photos = photos;
            this.dropped = dropped;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class, Image.class, Link.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link) {
                for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                String address = link.getDestination();
                if (!address.isEmpty() && !address.equals(plainText(link))) {
                    context.getWriter().text(" (" + address + ")");
                }
            } else if (node instanceof Image image) {
                photos.load(image.getDestination(), where(node), dropped).ifPresent(photo -> place(image, photo));
            } else {
                dropped.add(Problem.warning("narrative-html", where(node),
                        "raw HTML in the narrative was left out", "write Markdown only; HTML is never copied "
                                + "into a report"));
            }
        }

        /** The photo, at most the column's width, and its caption (the alt text) under it. */
        private void place(Image image, NarrativePhotos.Photo photo) {
            String caption = plainText(image).strip();
            Map<String, String> attributes = new LinkedHashMap<>();
            boolean portrait = photo.height() > photo.width();
            attributes.put("class", portrait ? "photo portrait" : "photo");
            attributes.put("src", photo.dataUri());
            attributes.put("alt", caption);
            attributes.put("width", Integer.toString(photo.width()));
            attributes.put("height", Integer.toString(photo.height()));
            // The PDF renderer scales an image only to a width and a height both given: the column's width (a
            // portrait photo about half of it) and the height that keeps the photo's proportions.
            double width = portrait ? PORTRAIT_MM : COLUMN_MM;
            attributes.put("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width,
                    width * photo.height() / photo.width()));
            HtmlWriter writer = context.getWriter();
            writer.tag("img", attributes, true);
            if (!caption.isEmpty()) {
                writer.tag("span", Map.of("class", "photo-caption"));
                writer.text(caption);
                writer.tag("/span");
            }
        }

        private SourceRef where(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return SourceRef.file(file);
            }
            SourceSpan span = spans.get(0);
            return new SourceRef(file, span.getLineIndex() + 1, span.getColumnIndex() + 1);
        }
    }
}

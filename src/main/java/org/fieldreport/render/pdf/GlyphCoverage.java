package org.fieldreport.render.pdf;

import java.awt.Font;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldreport.model.SourceRef;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.BundledFonts;
import org.fieldreport.render.ReportView;
import org.w3c.dom.Node;

/**
 * Checks, before anything is typeset, that the bundled fonts can draw every character the report will show. A
 * character they cannot draw would print as a blank box or nothing at all, so it is an error naming where the
 * text came from: the narrative file, line and column, or the place in the report (for example
 * {@code results.rows[3].label}), or the template for its own fixed text.
 */
public final class GlyphCoverage {

    private static final int MAX_REPORTED = 20;

    private final Map<BundledFonts.Family, List<Font>> faces = new EnumMap<>(BundledFonts.Family.class);

    public GlyphCoverage() {
        for (BundledFonts.Family family : BundledFonts.Family.values()) {
            faces.put(family, BundledFonts.textFaces(family).stream().map(BundledFonts::awt).toList());
        }
    }

    /** Throws a {@link FieldReportException} ({@link ExitCode#USAGE}) listing every character that cannot be drawn. */
    public void check(ReportView view) {
        List<Problem> problems = new ArrayList<>();
        walk(view, "report", problems);
        fail(problems);
    }

    /** Checks the text of a filled template (its own fixed words), naming the template. */
    public void check(Node node, String template) {
        List<Problem> problems = new ArrayList<>();
        walkDom(node, template, problems);
        fail(problems);
    }

    private static void fail(List<Problem> problems) {
        if (!problems.isEmpty()) {
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
            throw new FieldReportException(ExitCode.USAGE, problems.get(0).format() + more, problems, null);
        }
    }

    private void walk(Object value, String path, List<Problem> problems) {
        if (value == null || problems.size() >= MAX_REPORTED) {
            return;
        }
        if (value instanceof String s) {
            checkText(s, SourceRef.file(path), problems);
        } else if (value instanceof NarrativeSection n) {
            checkText(n.title(), SourceRef.file(n.sourceFile() + " (title)"), problems);
            String[] lines = n.markdown().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                checkLine(lines[i], n.sourceFile(), i + 1, problems);
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, problems));
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", problems);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(r), path + "." + component.getName(), problems);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
    }

    private void walkDom(Node node, String template, List<Problem> problems) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            checkText(node.getNodeValue(), SourceRef.file(template), problems);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walkDom(child, template, problems);
        }
    }

    private void checkText(String text, SourceRef where, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int bad = firstUndrawable(lines[i]);
            if (bad >= 0) {
                problems.add(undrawable(lines[i].codePointAt(bad), where));
                return;
            }
        }
    }

    private void checkLine(String line, String file, int lineNumber, List<Problem> problems) {
        int bad = firstUndrawable(line);
        if (bad >= 0) {
            int column = line.codePointCount(0, bad) + 1;
            problems.add(undrawable(line.codePointAt(bad), new SourceRef(file, lineNumber, column)));
        }
    }

    /** The char index of the first code point no face can draw, or -1. */
    int firstUndrawable(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isLayoutControl(cp) && !drawable(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Whether every upright face of the family that draws the code point has a glyph for it. */
    private boolean drawable(int codePoint) {
        for (Font face : faces.get(BundledFonts.Family.drawing(codePoint))) {
            if (!face.canDisplay(codePoint)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLayoutControl(int cp) {
        return cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x00AD || cp == 0x200B || cp == 0xFEFF;
    }

    private static Problem undrawable(int codePoint, SourceRef where) {
        String name = Character.getName(codePoint);
        String id = String.format(Locale.ROOT, "U+%04X", codePoint);
        return Problem.error("undrawable-character", where, "the character " + id
                + (name == null ? "" : " (" + name + ")") + " cannot be drawn by the bundled fonts ("
                + BundledFonts.FAMILY + ", " + BundledFonts.KHMER_FAMILY + ")",
                "replace it, or write it out in letters the fonts have");
    }
}

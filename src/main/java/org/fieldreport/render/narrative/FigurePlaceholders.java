package org.fieldreport.render.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.ClosestName;
import org.fieldreport.problem.Problem;

/**
 * Fills {@code ${indicator.id}} placeholders in narrative Markdown with figures that are already formatted, so
 * that prose and tables quote the same computation. Each figure is inserted with every ASCII punctuation mark
 * backslash-escaped, so a figure such as "&lt;5" is shown as written and never read as Markdown or HTML.
 */
final class FigurePlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\n]*)}");

    private FigurePlaceholders() {
    }

    /**
     * The text with every placeholder filled; unknown ids are added to {@code unknown} (with file, line and
     * column) and left as they are.
     */
    static String fill(String file, String markdown, Map<String, String> figures, List<Problem> unknown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                String id = m.group(1).strip();
                String figure = figures.get(id);
                if (figure == null) {
                    unknown.add(unknownFigure(new SourceRef(file, i + 1, m.start() + 1), id, figures));
                    m.appendReplacement(line, Matcher.quoteReplacement(m.group()));
                } else {
                    m.appendReplacement(line, Matcher.quoteReplacement(escaped(figure)));
                }
            }
            m.appendTail(line);
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static Problem unknownFigure(SourceRef at, String id, Map<String, String> figures) {
        String hint = ClosestName.among(id, figures.keySet())
                .map(near -> "did you mean ${" + near + "}?")
                .orElse("use the id of an indicator of this project, for example ${" + firstOr(figures) + "}");
        return Problem.error("unknown-figure", at, "unknown figure ${" + id + "} in the narrative", hint);
    }

    private static String firstOr(Map<String, String> figures) {
        return figures.keySet().stream().sorted().findFirst().orElse("indicator.id");
    }

    static String escaped(String figure) {
        StringBuilder s = new StringBuilder(figure.length() + 8);
        for (char c : figure.toCharArray()) {
            if (c < 128 && isPunctuation(c)) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}

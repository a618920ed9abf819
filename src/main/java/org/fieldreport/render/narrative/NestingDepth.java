package org.fieldreport.render.narrative;

import java.util.List;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * How deeply a narrative line nests quotes and lists, estimated from its start before Markdown is parsed: each
 * {@code >} and each list marker is a level, and so is every two columns of indentation (the least a nested list
 * item is indented by). A report needs a few levels; thousands (a line of 10,000 {@code >}, a list nested 5,000
 * deep) would exhaust the stack or take minutes to lay out, so a line deeper than {@value #DEEPEST} is an error.
 */
final class NestingDepth {

    /** Far beyond any outline a report's narrative holds. */
    static final int DEEPEST = 20;

    private NestingDepth() {
    }

    /** Adds an error naming the file, line and column of every line nested deeper than {@link #DEEPEST}. */
    static void check(String file, String text, List<Problem> errors) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = deepAt(lines[i]);
            if (at >= 0) {
                errors.add(Problem.error("narrative-nesting", new SourceRef(file, i + 1, at + 1),
                        "quotes and lists are nested more than " + DEEPEST + " levels deep on this line",
                        "a report's narrative needs a few levels at most: flatten the quote or list"));
            }
        }
    }

    /** The 0-based index in {@code line} where its nesting passes {@link #DEEPEST}, or -1 when it never does. */
    static int deepAt(String line) {
        int markers = 0;
        int columns = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
                i++;
            } else if (c == '>') {
                markers++;
                columns++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && endsMarker(line, i + 1)) {
                markers++;
                columns++;
                i++;
            } else if (Character.isDigit(c) && orderedMarkerEnd(line, i) > 0) {
                int end = orderedMarkerEnd(line, i);
                markers++;
                columns += end - i;
                i = end;
            } else {
                break;
            }
            if (markers + (columns - markers) / 2 > DEEPEST) {
                return i - 1;
            }
        }
        return -1;
    }

    private static boolean endsMarker(String line, int next) {
        return next == line.length() || line.charAt(next) == ' ' || line.charAt(next) == '\t';
    }

    /** The index after an ordered-list marker ({@code 12.} or {@code 3)}) starting at {@code i}, or -1. */
    private static int orderedMarkerEnd(String line, int i) {
        int j = i;
        while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
            j++;
        }
        if (j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')') && endsMarker(line, j + 1)) {
            return j + 1;
        }
        return -1;
    }
}

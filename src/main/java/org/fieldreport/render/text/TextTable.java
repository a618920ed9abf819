package org.fieldreport.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain table for the terminal: a header row and rows of cells, each column padded to its widest cell; columns
 * named in {@code rightAligned} (by index) are aligned right, as numbers should be. A note is a line printed as
 * given between rows, without widening any column. ANSI colour codes in a cell do not count towards its width.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] right;
    private final java.util.Map<Integer, String> notes = new java.util.HashMap<>();
    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001B\\[[0-9;]*m");

    public TextTable(List<String> header, int... rightAligned) {
        this.header = List.copyOf(header);
        this.right = new boolean[header.size()];
        for (int i : rightAligned) {
            right[i] = true;
        }
    }

    public TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public TextTable row(String... cells) {
        return row(List.of(cells));
    }

    /** A line printed as given between rows (a section title, a detail under the row above). */
    public TextTable note(String line) {
        notes.put(rows.size(), line + "\n");
        rows.add(List.of());
        return this;
    }

    /** A separator line before the next row (for totals). */
    public TextTable rule() {
        rows.add(null);
        return this;
    }

    public String render() {
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
        }
        for (List<String> r : rows) {
            if (r != null) {
                for (int i = 0; i < r.size() && i < width.length; i++) {
                    width[i] = Math.max(width[i], visible(r.get(i)));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        rule(out, width);
        for (int n = 0; n < rows.size(); n++) {
            List<String> r = rows.get(n);
            if (notes.containsKey(n)) {
                out.append(notes.get(n));
            } else if (r == null) {
                rule(out, width);
            } else {
                line(out, r, width);
            }
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(width[i] - visible(c));
            line.append(right[i] ? pad + c : c + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static int visible(String cell) {
        return cell.indexOf('\u001B') < 0 ? cell.length() : ANSI.matcher(cell).replaceAll("").length();
    }

    private static void rule(StringBuilder out, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append("-".repeat(width[i]));
        }
        out.append(line).append('\n');
    }
}

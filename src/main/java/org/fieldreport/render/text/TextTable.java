package org.fieldreport.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain table for the terminal: a header row and rows of cells, each column padded to its widest cell; columns
 * named in {@code rightAligned} (by index) are aligned right, as numbers should be.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] right;

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
                    width[i] = Math.max(width[i], r.get(i).length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        rule(out, width);
        for (List<String> r : rows) {
            if (r == null) {
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
            String pad = " ".repeat(width[i] - c.length());
            line.append(right[i] ? pad + c : c + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
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

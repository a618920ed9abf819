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
    /** Whether headers break between words onto more lines (only for a table that must fit a width). */
    private boolean wrapHeaders;
    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001B\\[[0-9;]*m");

    /** The width a text last column (flags) is counted at when a table must fit: longer cells wrap. */
    private static final int WRAPPED_LAST = 24;

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
        return render(Integer.MAX_VALUE, List.of());
    }

    /**
     * The table within {@code maxWidth} characters where it can be: columns named in {@code dropFirst} (by header; a
     * name that starts with a space, such as " booked", stands for every header that ends with it) are left out in that order until the table
     * fits, and a line under it names them; notes are wrapped at the width with a hanging indent. Cells are never
     * cut: a table whose kept columns are still wider is printed as wide as they are.
     */
    public String render(int maxWidth, List<String> dropFirst) {
        boolean[] shown = new boolean[header.size()];
        java.util.Arrays.fill(shown, true);
        wrapHeaders = maxWidth != Integer.MAX_VALUE && total(widths(), all(header.size())) > maxWidth;
        int[] natural = widths();
        int last = natural.length - 1;
        if (last > 0 && !right[last]) {
            natural[last] = Math.min(natural[last], WRAPPED_LAST); // a text last column wraps (renderWhole)
        }
        List<String> left = new ArrayList<>();
        for (String name : dropFirst) {
            for (int i = 0; i < header.size() && total(natural, shown) > maxWidth; i++) {
                if (shown[i] && (header.get(i).equals(name) || name.startsWith(" ") && header.get(i).endsWith(name))) {
                    shown[i] = false;
                    left.add(header.get(i));
                }
            }
        }
        TextTable narrow = left.isEmpty() ? this : keep(shown);
        narrow.wrapHeaders = wrapHeaders;
        String table = narrow.renderWhole(maxWidth);
        return left.isEmpty() ? table : table + wrapped("(left out to fit " + maxWidth + " columns: "
                + String.join(", ", left) + "; --wide shows every column)\n", maxWidth);
    }

    private TextTable keep(boolean[] shown) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                kept.add(i);
            }
        }
        TextTable t = new TextTable(kept.stream().map(header::get).toList(),
                java.util.stream.IntStream.range(0, kept.size()).filter(k -> right[kept.get(k)]).toArray());
        for (int n = 0; n < rows.size(); n++) {
            List<String> r = rows.get(n);
            if (notes.containsKey(n)) {
                t.notes.put(t.rows.size(), notes.get(n));
                t.rows.add(List.of());
            } else if (r == null) {
                t.rows.add(null);
            } else {
                t.rows.add(kept.stream().map(i -> i < r.size() ? r.get(i) : "").toList());
            }
        }
        return t;
    }

    private static int total(int[] width, boolean[] shown) {
        int sum = 0;
        int columns = 0;
        for (int i = 0; i < width.length; i++) {
            if (shown[i]) {
                sum += width[i];
                columns++;
            }
        }
        return sum + 2 * Math.max(0, columns - 1);
    }

    private static boolean[] all(int n) {
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        return shown;
    }

    private int[] widths() {
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = wrapHeaders ? java.util.Arrays.stream(header.get(i).split(" ")).mapToInt(String::length).max()
                    .orElse(0) : header.get(i).length();
        }
        for (List<String> r : rows) {
            if (r != null) {
                for (int i = 0; i < r.size() && i < width.length; i++) {
                    width[i] = Math.max(width[i], visible(r.get(i)));
                }
            }
        }
        return width;
    }

    private String renderWhole(int maxWidth) {
        int[] width = widths();
        // the last column, when it is text (flags), is wrapped within the width rather than widen the table
        int last = width.length - 1;
        int before = total(width, shownBefore(last)) + 2;
        if (last > 0 && !right[last] && before + width[last] > maxWidth && maxWidth - before >= 12) {
            width[last] = Math.max(header.get(last).length(), maxWidth - before);
        }
        StringBuilder out = new StringBuilder();
        if (wrapHeaders) {
            headerLines(out, width);
        } else {
            line(out, header, width);
        }
        rule(out, width);
        for (int n = 0; n < rows.size(); n++) {
            List<String> r = rows.get(n);
            if (notes.containsKey(n)) {
                out.append(wrapped(notes.get(n), maxWidth));
            } else if (r == null) {
                rule(out, width);
            } else {
                line(out, r, width);
            }
        }
        return out.toString();
    }

    /** The header over as many lines as its longest header needs, each broken between words to its column. */
    private void headerLines(StringBuilder out, int[] width) {
        List<List<String>> broken = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < header.size(); i++) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            for (String word : header.get(i).split(" ")) {
                if (part.length() > 0 && part.length() + 1 + word.length() > width[i]) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                part.append(part.length() > 0 ? " " : "").append(word);
            }
            parts.add(part.toString());
            broken.add(parts);
            lines = Math.max(lines, parts.size());
        }
        for (int n = 0; n < lines; n++) {
            List<String> cells = new ArrayList<>();
            for (List<String> parts : broken) {
                int skip = lines - parts.size(); // the last line of every header sits on the rule
                cells.add(n < skip ? "" : parts.get(n - skip));
            }
            line(out, cells, width);
        }
    }

    private static boolean[] shownBefore(int last) {
        boolean[] shown = new boolean[last + 1];
        java.util.Arrays.fill(shown, 0, last, true);
        return shown;
    }

    private void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        String rest = "";
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            if (i > 0) {
                line.append("  ");
            }
            if (i == width.length - 1 && visible(c) > width[i] && c.indexOf('\u001B') < 0) {
                int cut = c.lastIndexOf(' ', width[i]);
                if (cut > 0) {
                    rest = c.substring(cut + 1);
                    c = c.substring(0, cut);
                }
            }
            String pad = " ".repeat(Math.max(0, width[i] - visible(c)));
            line.append(right[i] ? pad + c : c + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
        if (!rest.isEmpty()) {
            List<String> continued = new ArrayList<>(java.util.Collections.nCopies(width.length - 1, ""));
            continued.add(rest);
            line(out, continued, width);
        }
    }

    /**
     * A note broken to {@code maxWidth}, its later lines indented four more than its first: after a comma where it
     * has commas (a list such as "December 2018: 21, January 2019: 23" keeps each entry whole), else at spaces.
     */
    static String wrapped(String note, int maxWidth) {
        if (note.length() - 1 <= maxWidth) {
            return note;
        }
        String text = note.stripTrailing();
        String indent = " ".repeat(text.length() - text.stripLeading().length() + 4);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        String body = text.stripLeading();
        for (String word : body.contains(", ") ? body.split("(?<=,) ") : body.split(" ")) {
            if (line.length() == 0) {
                line.append(out.length() == 0 ? indent.substring(4) : indent).append(word);
            } else if (line.length() + 1 + word.length() > maxWidth) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent).append(word);
            } else {
                line.append(' ').append(word);
            }
        }
        return out.append(line).append('\n').toString();
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

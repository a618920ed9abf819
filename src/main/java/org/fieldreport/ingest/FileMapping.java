package org.fieldreport.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What project.yaml says a file's canonical columns hold beyond its own headers: a value for the whole file
 * ({@code values}), a rewrite of the values a column holds ({@code map}, compared case-insensitively), a column
 * read from another position (a wide budget's year column as {@code amount}) and a column made of several joined by
 * "-" ({@code line_code: [Cost centre, Account]}). {@link #NONE} is a file read as it stands.
 */
final class FileMapping {

    /** The separator between the parts of a joined column. */
    static final String JOIN = "-";

    static final FileMapping NONE = new FileMapping(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, String> constants;
    private final Map<String, Map<String, String>> rewrites;
    private final Map<String, Integer> positions;
    private final Map<String, int[]> joined;
    private final boolean empty;

    private FileMapping(Map<String, String> constants, Map<String, Map<String, String>> rewrites,
                        Map<String, Integer> positions, Map<String, int[]> joined) {
        this.constants = constants;
        this.rewrites = rewrites;
        this.positions = positions;
        this.joined = joined;
        this.empty = constants.isEmpty() && rewrites.isEmpty() && positions.isEmpty() && joined.isEmpty();
    }

    /** The mapping of {@code values} and {@code map} of a file's entry; {@code joined} by canonical column. */
    static FileMapping of(Map<String, String> values, Map<String, Map<String, String>> map,
                          Map<String, int[]> joined) {
        Map<String, Map<String, String>> rewrites = new HashMap<>();
        for (var column : map.entrySet()) {
            Map<String, String> byValue = new HashMap<>();
            column.getValue().forEach((from, to) -> byValue.put(key(from), to == null ? "" : to.strip()));
            rewrites.put(column.getKey(), byValue);
        }
        return new FileMapping(Map.copyOf(values), rewrites, Map.of(), Map.copyOf(joined));
    }

    /** This mapping with {@code column} given {@code value} and read from {@code position} (0-based) too. */
    FileMapping with(String constantColumn, String value, String positionedColumn, int position) {
        Map<String, String> c = new HashMap<>(constants);
        c.put(constantColumn, value);
        Map<String, Integer> p = new HashMap<>(positions);
        p.put(positionedColumn, position);
        return new FileMapping(c, rewrites, p, joined);
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the mapping changes nothing: rows are read from their own fields only. */
    boolean isEmpty() {
        return empty;
    }

    /** The canonical columns given by the mapping rather than by a header of the file. */
    List<String> suppliedColumns() {
        List<String> supplied = new java.util.ArrayList<>(constants.keySet());
        supplied.addAll(joined.keySet());
        supplied.addAll(positions.keySet());
        return supplied;
    }

    /** The 0-based position {@code column} is read from instead of its header's, or -1. */
    int position(String column) {
        return positions.getOrDefault(column, -1);
    }

    /**
     * The text of {@code column} in a row whose own field (stripped, empty when the file has no such column) is
     * {@code own}: a constant or joined value where the mapping gives one, then rewritten by the column's map.
     */
    String text(String column, String own, String[] values) {
        String text = own;
        int[] parts = joined.get(column);
        if (parts != null) {
            StringBuilder b = new StringBuilder();
            for (int part : parts) {
                String v = part < values.length ? values[part].strip() : "";
                if (!v.isEmpty()) {
                    b.append(b.length() == 0 ? "" : JOIN).append(v);
                }
            }
            text = b.toString();
        } else if (text.isEmpty() && constants.containsKey(column)) {
            text = constants.get(column);
        }
        Map<String, String> rewrite = rewrites.get(column);
        if (rewrite != null && !text.isEmpty()) {
            String to = rewrite.get(key(text));
            return to == null ? text : to;
        }
        return text;
    }
}

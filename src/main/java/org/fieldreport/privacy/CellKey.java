package org.fieldreport.privacy;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Names one figure of a breakdown by its coordinates, e.g. {@code site=SMC, month=2026-03}; a row total drops the
 * column's coordinate ({@code site=SMC}) and the grand total has none. Two tables that hold a cell with the same key
 * hold the same figure, which is how a site-by-month table and a by-site table are linked.
 */
public record CellKey(SortedMap<String, String> coordinates) {

    /** The key of the grand total: no coordinates. */
    public static final CellKey TOTAL = new CellKey(new TreeMap<>());

    public CellKey {
        coordinates = Collections.unmodifiableSortedMap(new TreeMap<>(coordinates));
    }

    /** A key from dimension/member pairs: {@code of("site", "SMC", "month", "2026-03")}. */
    public static CellKey of(String... dimensionsAndMembers) {
        if (dimensionsAndMembers.length % 2 != 0) {
            throw new IllegalArgumentException("give dimension and member in pairs");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < dimensionsAndMembers.length; i += 2) {
            if (map.put(dimensionsAndMembers[i], dimensionsAndMembers[i + 1]) != null) {
                throw new IllegalArgumentException("dimension given twice: " + dimensionsAndMembers[i]);
            }
        }
        return new CellKey(map);
    }

    /** Whether this is the grand total. */
    public boolean isTotal() {
        return coordinates.isEmpty();
    }

    @Override
    public String toString() {
        if (coordinates.isEmpty()) {
            return "total";
        }
        return coordinates.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

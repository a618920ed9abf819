package org.fieldreport.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Provenance of one input file: its name as the project knows it, its SHA-256, how many data rows were read,
 * accepted and excluded, and, for files holding money, the total of the amount column per currency over every row
 * together with the accepted and excluded shares of it ({@code unreadableAmounts} counts cells that were not
 * numbers). {@code columns} gives the 1-based position of each canonical column found. {@code present} is false for an optional file that does not exist.
 */
public record SourceFile(
        InputKind kind,
        String file,
        boolean present,
        String sha256,
        long bytes,
        int rowsRead,
        int accepted,
        int excluded,
        Map<String, BigDecimal> columnTotals,
        Map<String, BigDecimal> acceptedTotals,
        Map<String, BigDecimal> excludedTotals,
        int unreadableAmounts,
        Map<String, Integer> columns) {

    public SourceFile {
        columnTotals = java.util.Collections.unmodifiableMap(new TreeMap<>(columnTotals));
        acceptedTotals = java.util.Collections.unmodifiableMap(new TreeMap<>(acceptedTotals));
        excludedTotals = java.util.Collections.unmodifiableMap(new TreeMap<>(excludedTotals));
        columns = Map.copyOf(columns);
    }

    /**
     * The 1-based position of a canonical column in the file, or 0 when the file does not have it or project.yaml
     * supplies it ({@code values}, a joined {@code line_code}): {@code columns} holds those with 0.
     */
    public int column(String canonical) {
        return columns.getOrDefault(canonical, 0);
    }

    /** True when, per currency, accepted plus excluded amounts equal the column total to the smallest unit. */
    public boolean reconciles() {
        for (var e : columnTotals.entrySet()) {
            BigDecimal a = acceptedTotals.getOrDefault(e.getKey(), BigDecimal.ZERO);
            BigDecimal x = excludedTotals.getOrDefault(e.getKey(), BigDecimal.ZERO);
            if (a.add(x).compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }
}

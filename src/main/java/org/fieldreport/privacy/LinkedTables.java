package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The breakdowns of one figure that appear together in one output (a site-by-month table, sites against the project
 * total, months against the year), suppressed as one: a cell with the same {@link CellKey} in two tables is the same
 * figure, so it is hidden in both or in neither, and no table's totals give away a cell hidden in another.
 *
 * <p>Hold one figure (one indicator) per instance: keys of different figures would collide.
 */
public final class LinkedTables {

    private final List<CountTable> tables;
    private final Map<CellKey, Long> figures;
    private final List<Line> lines;

    private LinkedTables(List<CountTable> tables) {
        this.tables = List.copyOf(tables);
        Map<CellKey, Long> figures = new LinkedHashMap<>();
        Set<Line> lines = new LinkedHashSet<>();
        for (CountTable table : tables) {
            table.figures().forEach((key, value) -> {
                Long before = figures.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalArgumentException("linked tables disagree on " + key);
                }
            });
            lines.addAll(table.lines());
        }
        this.figures = Collections.unmodifiableMap(figures);
        this.lines = List.copyOf(lines);
    }

    /** Links these tables; their common cells must carry the same values. */
    public static LinkedTables of(CountTable... tables) {
        return of(List.of(tables));
    }

    public static LinkedTables of(List<CountTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("link at least one table");
        }
        tables.forEach(Objects::requireNonNull);
        return new LinkedTables(new ArrayList<>(tables));
    }

    public List<CountTable> tables() {
        return tables;
    }

    /** Every figure once, in the order the tables list them. */
    public Map<CellKey, Long> figures() {
        return figures;
    }

    /** Every row and column of every table once. */
    public List<Line> lines() {
        return lines;
    }

    /** Applies primary and secondary suppression under this rule (see {@link SecondarySuppression}). */
    public SuppressedCells suppress(SuppressionRule rule) {
        return suppress(rule, Set.of());
    }

    /** As {@link #suppress(SuppressionRule)}, with these figures withheld whatever their size (sensitive cells). */
    public SuppressedCells suppress(SuppressionRule rule, Set<CellKey> withheld) {
        CellSystem system = system();
        return new SuppressedCells(rule, system, SecondarySuppression.apply(system, rule, withheld));
    }

    CellSystem system() {
        return new CellSystem(figures, lines);
    }
}

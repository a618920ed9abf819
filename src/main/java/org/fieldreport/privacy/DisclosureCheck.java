package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks, from what an output shows, that no hidden figure can be worked out: tests use it, and a use case can call
 * {@link #requireSafe} as an assertion before rendering. Problems name cells by key only, never by value.
 */
public final class DisclosureCheck {

    private DisclosureCheck() {
    }

    /** Lines that hold exactly one hidden cell, whose value their total would give away by subtraction. */
    public static List<Line> linesWithOneHidden(LinkedTables tables, SuppressedCells cells) {
        List<Line> lonely = new ArrayList<>();
        for (Line line : tables.lines()) {
            long hidden = line.members().stream().filter(key -> cells.state(key).isSuppressed()).count()
                    + (cells.state(line.total()).isSuppressed() ? 1 : 0);
            if (hidden == 1) {
                lonely.add(line);
            }
        }
        return lonely;
    }

    /**
     * Hidden cells a reader who knows the rules can pin to one value: by combining lines (see LinearDisclosure), by
     * narrowing each cell's range line by line (see ReaderBounds) or over all lines at once (see ReaderRanges). In
     * table order.
     */
    public static List<CellKey> givenAway(LinkedTables tables, SuppressedCells cells) {
        return givenAway(tables.system(), cells);
    }

    static List<CellKey> givenAway(CellSystem system, SuppressedCells cells) {
        CellState[] states = cells.states();
        SortedSet<Integer> pinned = new TreeSet<>(LinearDisclosure.determined(system, states).keySet());
        pinned.addAll(ReaderBounds.givenAway(system, states, cells.rule()));
        pinned.addAll(ReaderRanges.givenAway(system, states, cells.rule()));
        List<CellKey> keys = new ArrayList<>();
        for (int cell : pinned) {
            keys.add(system.keys.get(cell));
        }
        return keys;
    }

    /** Throws when a line holds one hidden cell or a hidden cell can be pinned down. */
    public static void requireSafe(LinkedTables tables, SuppressedCells cells) {
        List<Line> lonely = linesWithOneHidden(tables, cells);
        List<CellKey> pinned = givenAway(tables, cells);
        if (!lonely.isEmpty() || !pinned.isEmpty()) {
            throw new IllegalStateException("suppression leaves figures recoverable: lines with one hidden cell "
                    + lonely.stream().map(Line::total).toList() + ", cells pinned down " + pinned);
        }
    }

    /**
     * Every value each hidden cell could take, by exhaustive search over whole-number solutions of the additive lines
     * with each hidden cell in the range a reader knows (see ReaderBounds) and no value above {@code ceiling}. Meant
     * for tiny tables: a cell is safe when it has at least two possible values.
     */
    public static Map<CellKey, SortedSet<Long>> possibleValues(LinkedTables tables, SuppressedCells cells,
            long ceiling) {
        CellSystem system = tables.system();
        CellState[] states = cells.states();
        ReaderBounds start = ReaderBounds.of(system, states, cells.rule());
        for (int i = 0; i < system.size(); i++) {
            start.hi[i] = Math.min(start.hi[i], Math.max(ceiling, start.lo[i]));
        }
        Map<CellKey, SortedSet<Long>> possible = new LinkedHashMap<>();
        for (int i = 0; i < system.size(); i++) {
            if (!states[i].isSuppressed()) {
                continue;
            }
            SortedSet<Long> values = new TreeSet<>();
            for (long v = start.lo[i]; v <= start.hi[i]; v++) {
                ReaderBounds trial = start.copy();
                trial.lo[i] = v;
                trial.hi[i] = v;
                if (solvable(system, trial)) {
                    values.add(v);
                }
            }
            possible.put(system.keys.get(i), values);
        }
        return possible;
    }

    private static boolean solvable(CellSystem system, ReaderBounds bounds) {
        if (!bounds.narrow(system)) {
            return false;
        }
        for (int i = 0; i < system.size(); i++) {
            if (bounds.lo[i] < bounds.hi[i]) {
                for (long v = bounds.lo[i]; v <= bounds.hi[i]; v++) {
                    ReaderBounds trial = bounds.copy();
                    trial.lo[i] = v;
                    trial.hi[i] = v;
                    if (solvable(system, trial)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }
}

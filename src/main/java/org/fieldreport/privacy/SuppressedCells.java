package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The outcome of suppressing a set of linked tables: for every figure, whether it is shown and what text to print.
 * Hidden values are kept out of reach: {@link ShownCell#value()} is empty for them.
 */
public final class SuppressedCells {

    private final SuppressionRule rule;
    private final CellSystem system;
    private final CellState[] states;
    private final List<CellKey> recoverable;

    SuppressedCells(SuppressionRule rule, CellSystem system, CellState[] states) {
        if (states.length != system.size()) {
            throw new IllegalArgumentException(states.length + " states for " + system.size() + " figures");
        }
        this.rule = rule;
        this.system = system;
        this.states = states.clone();
        this.recoverable = findRecoverable();
    }

    public SuppressionRule rule() {
        return rule;
    }

    public CellState state(CellKey key) {
        return states[system.indexOf(key)];
    }

    /** The cell as the output shows it: its count, {@code <5} (primary) or {@code [c]} (secondary). */
    public ShownCell cell(CellKey key) {
        int i = system.indexOf(key);
        return switch (states[i]) {
            case SHOWN -> new ShownCell(key, CellState.SHOWN, Long.toString(system.values[i]),
                    OptionalLong.of(system.values[i]));
            case PRIMARY -> new ShownCell(key, CellState.PRIMARY, rule.primaryText(), OptionalLong.empty());
            case SECONDARY, WITHHELD -> new ShownCell(key, states[i], CellState.SECONDARY_TEXT,
                    OptionalLong.empty());
        };
    }

    /** The hidden figures, in table order. */
    public List<CellKey> suppressed() {
        return withState(null);
    }

    /** The figures in one state, in table order. */
    public List<CellKey> withState(CellState state) {
        List<CellKey> keys = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            if (state == null ? states[i].isSuppressed() : states[i] == state) {
                keys.add(system.keys.get(i));
            }
        }
        return keys;
    }

    /**
     * Whether every hidden figure is safe: no line holds a single hidden cell and no hidden cell can be pinned down
     * (see {@link DisclosureCheck#givenAway}). When false, suppression ran out of cells to hide, which happens with
     * tables made almost entirely of small counts: do not show these breakdowns at all, only the figure for the
     * whole project and period.
     */
    public boolean protectsEveryFigure() {
        return recoverable().isEmpty();
    }

    /** The hidden figures a reader could still work out; empty when {@link #protectsEveryFigure()}. */
    public List<CellKey> recoverable() {
        return recoverable;
    }

    /**
     * Whether a figure derived from these cells (a percentage, an average, a ratio) must be hidden: it must when any
     * of them is, since a rate over a shown total would give a hidden cell away.
     */
    public boolean hidesDerivedFrom(CellKey... inputs) {
        for (CellKey input : inputs) {
            if (state(input).isSuppressed()) {
                return true;
            }
        }
        return false;
    }

    /** One of the linked tables as it is shown. */
    public SuppressedTable table(CountTable table) {
        return new SuppressedTable(table, this);
    }

    CellState[] states() {
        return states.clone();
    }

    private List<CellKey> findRecoverable() {
        List<CellKey> keys = new ArrayList<>(DisclosureCheck.givenAway(system, this));
        for (int[] line : system.lines) {
            int hidden = 0;
            int last = -1;
            for (int cell : line) {
                if (states[cell].isSuppressed()) {
                    hidden++;
                    last = cell;
                }
            }
            if (hidden == 1 && !keys.contains(system.keys.get(last))) {
                keys.add(system.keys.get(last));
            }
        }
        return List.copyOf(keys);
    }
}

package org.fieldreport.privacy;

import java.util.List;

/**
 * Primary then secondary suppression over a set of linked lines, repeated until nothing changes.
 *
 * <ol>
 *   <li>Primary: every cell the rule hides.</li>
 *   <li>Secondary, the rule: in every line (a row or column with its total, the total counting as a member)
 *       that holds exactly one hidden cell, hide the smallest other non-zero cell; ties go to the earlier cell.</li>
 *   <li>When no line holds exactly one hidden cell, a second guard: if a reader who knows the rules could still pin
 *       a hidden cell down (see {@link ReaderBounds}; for instance "&lt;5" and a secondary cell that add up to 6 can
 *       only be 1 and 5), hide the smallest non-zero cell of the first line through it that has one.</li>
 * </ol>
 *
 * <p>Zeros are never chosen as secondary cells: subtraction from a total already says the rest of a line is small,
 * and a hidden zero protects nothing when the reader can tell it cannot be a small count. Because zeros are never
 * chosen, a secondary cell is known to be at least the threshold, and the guard in step 3 accounts for that.
 */
final class SecondarySuppression {

    private SecondarySuppression() {
    }

    static CellState[] apply(CellSystem system, SuppressionRule rule) {
        CellState[] states = new CellState[system.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = rule.hides(system.values[i]) ? CellState.PRIMARY : CellState.SHOWN;
        }
        if (!rule.suppressesAnything()) {
            return states;
        }
        boolean added = true;
        while (added) {
            added = false;
            for (int[] line : system.lines) {
                if (hiddenIn(line, states) == 1) {
                    int cell = smallestShownNonZero(line, system, states);
                    if (cell >= 0) {
                        states[cell] = CellState.SECONDARY;
                        added = true;
                    }
                }
            }
            if (!added) {
                added = protectGivenAway(system, states, rule);
            }
        }
        return states;
    }

    private static boolean protectGivenAway(CellSystem system, CellState[] states, SuppressionRule rule) {
        List<Integer> givenAway = ReaderBounds.givenAway(system, states, rule);
        for (int hidden : givenAway) {
            for (int l : system.linesOfCell[hidden]) {
                int cell = smallestShownNonZero(system.lines[l], system, states);
                if (cell >= 0) {
                    states[cell] = CellState.SECONDARY;
                    return true;
                }
            }
        }
        return false;
    }

    private static int hiddenIn(int[] line, CellState[] states) {
        int hidden = 0;
        for (int cell : line) {
            if (states[cell].isSuppressed()) {
                hidden++;
            }
        }
        return hidden;
    }

    private static int smallestShownNonZero(int[] line, CellSystem system, CellState[] states) {
        int best = -1;
        for (int cell : line) {
            if (states[cell] == CellState.SHOWN && system.values[cell] > 0
                    && (best < 0 || system.values[cell] < system.values[best]
                        || system.values[cell] == system.values[best] && cell < best)) {
                best = cell;
            }
        }
        return best;
    }
}

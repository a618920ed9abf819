package org.fieldreport.privacy;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Primary then secondary suppression over a set of linked lines, repeated until nothing changes.
 *
 * <ol>
 *   <li>Primary: every cell the rule hides.</li>
 *   <li>Secondary, the rule: in every line (a row or column with its total, the total counting as a member)
 *       that holds exactly one hidden cell, hide the smallest other non-zero cell; ties go to the earlier cell.</li>
 *   <li>When no line holds exactly one hidden cell, two guards that the rule alone misses:
 *     <ol type="a">
 *       <li>a hidden cell that the lines determine exactly when combined (see {@link LinearDisclosure}: a row, a
 *           column and the totals column can cancel every other unknown): hide the smallest non-zero shown cell
 *           of the lines in that combination;</li>
 *       <li>a hidden cell that a reader who knows the rules can pin down from the ranges (see {@link ReaderRanges}:
 *           "&lt;5" and a secondary cell that add up to 6 can only be 1 and 5): hide the smallest non-zero shown
 *           cell of the lines through it, or failing that of any line holding a hidden cell.</li>
 *     </ol>
 *     then go back to step 2.</li>
 * </ol>
 *
 * <p>When nothing is left to hide, suppression stops and {@link SuppressedCells#protectsEveryFigure()} says false:
 * the breakdown cannot be shown safely at all. Over-suppression is the accepted cost: hiding a figure is preferred to
 * giving a child away.
 *
 * <p>Zeros are never chosen as secondary cells. A hidden zero protects nothing: a reader who knows that "&lt;5"
 * marks 1 to 4 knows that a "[c]" is 0 or at least 5, so where "&lt;5" and a "[c]" zero add up to what the total
 * leaves (at most 4), the "[c]" must be 0 and the small cell is given away. Choosing only non-zero cells makes every
 * "[c]" at least the threshold, one interval the guards in step 3 can reason with. A zero that is itself hidden by
 * the rule (a sensitive zero in public output) is a primary cell like any other.
 */
final class SecondarySuppression {

    private SecondarySuppression() {
    }

    static CellState[] apply(CellSystem system, SuppressionRule rule) {
        return apply(system, rule, Set.of());
    }

    /** As {@link #apply(CellSystem, SuppressionRule)}, with these cells withheld whatever their size. */
    static CellState[] apply(CellSystem system, SuppressionRule rule, Set<CellKey> withheld) {
        CellState[] states = new CellState[system.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = withheld.contains(system.keys.get(i)) ? CellState.WITHHELD
                    : rule.hides(system.values[i]) ? CellState.PRIMARY : CellState.SHOWN;
        }
        if (!rule.suppressesAnything() && withheld.isEmpty()) {
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
        for (BitSet lines : LinearDisclosure.determined(system, states).values()) {
            if (hideSmallestIn(lines.stream().toArray(), system, states)) {
                return true;
            }
        }
        List<Integer> pinned = ReaderRanges.givenAway(system, states, rule);
        for (int hidden : pinned) {
            if (hideSmallestIn(system.linesOfCell[hidden], system, states)) {
                return true;
            }
        }
        if (!pinned.isEmpty()) {
            // No line through a pinned cell has a cell left to hide: widen to every line that holds a hidden cell.
            int[] linesWithHidden = IntStream.range(0, system.lines.length)
                    .filter(l -> hiddenIn(system.lines[l], states) > 0).toArray();
            return hideSmallestIn(linesWithHidden, system, states);
        }
        return false;
    }

    /** Hides the smallest shown non-zero cell of these lines (the earliest on a tie); false when there is none. */
    private static boolean hideSmallestIn(int[] lines, CellSystem system, CellState[] states) {
        int best = -1;
        for (int l : lines) {
            int cell = smallestShownNonZero(system.lines[l], system, states);
            if (cell >= 0 && (best < 0 || system.values[cell] < system.values[best]
                    || system.values[cell] == system.values[best] && cell < best)) {
                best = cell;
            }
        }
        if (best < 0) {
            return false;
        }
        states[best] = CellState.SECONDARY;
        return true;
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

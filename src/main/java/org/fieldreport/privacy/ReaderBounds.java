package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader who knows the rules can work out about each hidden cell: the smallest interval its value must lie in,
 * found by narrowing every additive line (members add up to the total) until nothing changes.
 *
 * <p>The reader is assumed to know: shown values exactly; that a {@code <5} cell is 1 to 4 (0 to 9 where zero is
 * hidden too); and that a secondary cell is at least the threshold, since a smaller non-zero count would have been
 * shown as {@code <5} and zeros are never chosen as secondary cells. The reader is not assumed to know that a
 * secondary cell was the smallest candidate of its line. Narrowing can miss an inference (it is not a full integer
 * solver) but never invents one: a hidden cell whose interval narrows to one value is certainly given away.
 */
final class ReaderBounds {

    /** Stands for "no upper bound"; small enough that sums of a few of them cannot overflow. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    final long[] lo;
    final long[] hi;

    private ReaderBounds(long[] lo, long[] hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** The reader's starting knowledge of every cell. */
    static ReaderBounds of(CellSystem system, CellState[] states, SuppressionRule rule) {
        long[] lo = new long[system.size()];
        long[] hi = new long[system.size()];
        for (int i = 0; i < system.size(); i++) {
            switch (states[i]) {
                case SHOWN -> {
                    lo[i] = system.values[i];
                    hi[i] = system.values[i];
                }
                case PRIMARY -> {
                    lo[i] = rule.lowestHidden();
                    hi[i] = rule.highestHidden();
                }
                case SECONDARY -> {
                    lo[i] = Math.max(1, rule.threshold());
                    hi[i] = UNBOUNDED;
                }
                case WITHHELD -> {
                    lo[i] = 0;
                    hi[i] = UNBOUNDED;
                }
            }
        }
        return new ReaderBounds(lo, hi);
    }

    ReaderBounds copy() {
        return new ReaderBounds(lo.clone(), hi.clone());
    }

    /** Narrows every interval over the additive lines; false when no values fit at all. */
    boolean narrow(CellSystem system) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int l = 0; l < system.lines.length; l++) {
                if (!system.additive[l]) {
                    continue;
                }
                int[] cells = system.lines[l];
                for (int j = 0; j < cells.length; j++) {
                    // The line reads: members - total = 0. Bound sign(j) * x_j by minus the rest.
                    long restMin = 0;
                    long restMax = 0;
                    for (int i = 0; i < cells.length; i++) {
                        if (i == j) {
                            continue;
                        }
                        int cell = cells[i];
                        boolean member = i < cells.length - 1;
                        restMin = add(restMin, member ? lo[cell] : -hi[cell]);
                        restMax = add(restMax, member ? hi[cell] : -lo[cell]);
                    }
                    boolean member = j < cells.length - 1;
                    long newLo = member ? -restMax : restMin;
                    long newHi = member ? -restMin : restMax;
                    int cell = cells[j];
                    if (newLo > lo[cell]) {
                        lo[cell] = newLo;
                        changed = true;
                    }
                    if (newHi < hi[cell]) {
                        hi[cell] = newHi;
                        changed = true;
                    }
                    if (lo[cell] > hi[cell]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Hidden cells whose value the reader can pin down, in position order. */
    static List<Integer> givenAway(CellSystem system, CellState[] states, SuppressionRule rule) {
        ReaderBounds bounds = of(system, states, rule);
        if (!bounds.narrow(system)) {
            throw new IllegalStateException("the figures contradict their own totals");
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (states[i].isSuppressed() && bounds.lo[i] == bounds.hi[i]) {
                cells.add(i);
            }
        }
        return cells;
    }

    private static long add(long a, long b) {
        if (a >= UNBOUNDED || b >= UNBOUNDED) {
            return UNBOUNDED;
        }
        if (a <= -UNBOUNDED || b <= -UNBOUNDED) {
            return -UNBOUNDED;
        }
        return Math.max(-UNBOUNDED, Math.min(UNBOUNDED, a + b));
    }
}

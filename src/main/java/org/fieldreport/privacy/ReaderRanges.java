package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact range a reader could deduce for each hidden cell from all the additive lines at once, where narrowing
 * one line at a time ({@link ReaderBounds}) falls short: for instance three hidden cells known to add up to 12,
 * one of them a secondary cell of at least 10 and the other two at least 1, are 1, 1 and 10, though no single line
 * says so. Each hidden cell's smallest and largest value is found by a small linear programme (simplex with Bland's
 * rule) over the line equations and the ranges the reader knows. For the row-and-column tables of a report the
 * programme's range is the whole-number range; for other linked lines it can only be wider, never narrower.
 */
final class ReaderRanges {

    private static final double EPSILON = 1e-9;

    private final double[][] tableau;
    private final int[] basis;
    private final int variables;
    private final int columns;

    private ReaderRanges(double[][] tableau, int[] basis, int variables, int columns) {
        this.tableau = tableau;
        this.basis = basis;
        this.variables = variables;
        this.columns = columns;
    }

    /** Hidden cells whose value the reader can pin to one whole number, in position order. */
    static List<Integer> givenAway(CellSystem system, CellState[] states, SuppressionRule rule) {
        ReaderBounds known = ReaderBounds.of(system, states, rule);
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (states[i].isSuppressed()) {
                hidden.add(i);
            }
        }
        List<Integer> pinned = new ArrayList<>();
        if (hidden.isEmpty()) {
            return pinned;
        }
        ReaderRanges feasible = feasible(system, hidden, known);
        if (feasible == null) {
            throw new IllegalStateException("the figures contradict their own totals");
        }
        for (int v = 0; v < hidden.size(); v++) {
            double max = feasible.copy().maximise(v, 1);
            double min = -feasible.copy().maximise(v, -1);
            if (Math.floor(max + EPSILON) <= Math.ceil(min - EPSILON)) {
                pinned.add(hidden.get(v));
            }
        }
        return pinned;
    }

    /**
     * Builds the programme in shifted variables y = x - lo, one equation per additive line and one per finite upper
     * bound, and runs phase one; null when no solution exists.
     */
    private static ReaderRanges feasible(CellSystem system, List<Integer> hidden, ReaderBounds known) {
        int h = hidden.size();
        List<double[]> equations = new ArrayList<>();
        List<Double> rights = new ArrayList<>();
        for (int l = 0; l < system.lines.length; l++) {
            if (!system.additive[l]) {
                continue;
            }
            double[] row = new double[h];
            double right = 0;
            int[] cells = system.lines[l];
            boolean any = false;
            for (int k = 0; k < cells.length; k++) {
                double sign = k < cells.length - 1 ? 1 : -1;
                int v = hidden.indexOf(cells[k]);
                if (v >= 0) {
                    row[v] = sign;
                    right -= sign * known.lo[cells[k]];
                    any = true;
                } else {
                    right -= sign * system.values[cells[k]];
                }
            }
            if (any) {
                equations.add(row);
                rights.add(right);
            }
        }
        List<Integer> bounded = new ArrayList<>();
        for (int v = 0; v < h; v++) {
            if (known.hi[hidden.get(v)] < ReaderBounds.UNBOUNDED) {
                bounded.add(v);
            }
        }
        int rows = equations.size() + bounded.size();
        int slacks = bounded.size();
        int variables = h + slacks;
        int columns = variables + rows;
        double[][] tableau = new double[rows][columns + 1];
        int[] basis = new int[rows];
        for (int r = 0; r < equations.size(); r++) {
            double sign = rights.get(r) < 0 ? -1 : 1;
            for (int v = 0; v < h; v++) {
                tableau[r][v] = sign * equations.get(r)[v];
            }
            tableau[r][columns] = sign * rights.get(r);
        }
        for (int b = 0; b < bounded.size(); b++) {
            int r = equations.size() + b;
            int v = bounded.get(b);
            tableau[r][v] = 1;
            tableau[r][h + b] = 1;
            tableau[r][columns] = known.hi[hidden.get(v)] - known.lo[hidden.get(v)];
        }
        for (int r = 0; r < rows; r++) {
            tableau[r][variables + r] = 1;
            basis[r] = variables + r;
        }
        ReaderRanges programme = new ReaderRanges(tableau, basis, variables, columns);
        double[] phaseOne = new double[columns];
        for (int a = variables; a < columns; a++) {
            phaseOne[a] = -1;
        }
        double best = programme.optimise(phaseOne, columns);
        if (best < -EPSILON) {
            return null;
        }
        programme.driveOutArtificials();
        return programme;
    }

    private ReaderRanges copy() {
        double[][] rows = new double[tableau.length][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = tableau[r].clone();
        }
        return new ReaderRanges(rows, basis.clone(), variables, columns);
    }

    /** The largest value of sign * y[v], plus lo when sign is 1 and minus lo otherwise, left to the caller. */
    private double maximise(int v, int sign) {
        double[] cost = new double[columns];
        cost[v] = sign;
        return optimise(cost, variables);
    }

    /** Maximises cost over the current feasible basis; only columns below {@code enterable} may enter. */
    private double optimise(double[] cost, int enterable) {
        while (true) {
            int entering = -1;
            for (int j = 0; j < enterable && entering < 0; j++) {
                if (isBasic(j)) {
                    continue;
                }
                double reduced = cost[j];
                for (int r = 0; r < tableau.length; r++) {
                    reduced -= cost[basis[r]] * tableau[r][j];
                }
                if (reduced > EPSILON) {
                    entering = j;
                }
            }
            if (entering < 0) {
                double value = 0;
                for (int r = 0; r < tableau.length; r++) {
                    value += cost[basis[r]] * tableau[r][columns];
                }
                return value;
            }
            int leaving = -1;
            double bestRatio = Double.POSITIVE_INFINITY;
            for (int r = 0; r < tableau.length; r++) {
                if (tableau[r][entering] > EPSILON) {
                    double ratio = tableau[r][columns] / tableau[r][entering];
                    if (ratio < bestRatio - EPSILON
                            || Math.abs(ratio - bestRatio) <= EPSILON && basis[r] < basis[leaving]) {
                        bestRatio = ratio;
                        leaving = r;
                    }
                }
            }
            if (leaving < 0) {
                return Double.POSITIVE_INFINITY;
            }
            pivot(leaving, entering);
        }
    }

    private void driveOutArtificials() {
        for (int r = 0; r < tableau.length; r++) {
            if (basis[r] >= variables) {
                for (int j = 0; j < variables; j++) {
                    if (Math.abs(tableau[r][j]) > EPSILON) {
                        pivot(r, j);
                        break;
                    }
                }
            }
        }
    }

    private boolean isBasic(int column) {
        for (int b : basis) {
            if (b == column) {
                return true;
            }
        }
        return false;
    }

    private void pivot(int row, int column) {
        double p = tableau[row][column];
        for (int j = 0; j <= columns; j++) {
            tableau[row][j] /= p;
        }
        for (int r = 0; r < tableau.length; r++) {
            if (r != row && Math.abs(tableau[r][column]) > 0) {
                double f = tableau[r][column];
                for (int j = 0; j <= columns; j++) {
                    tableau[r][j] -= f * tableau[row][j];
                }
            }
        }
        basis[row] = column;
    }
}

package org.fieldreport.privacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds hidden cells whose value follows exactly from the additive lines, whatever the ranges: for instance a row
 * whose other hidden cell is tied to a column, which is tied to the totals column, can leave one cell with a single
 * possible value even though every line holds two hidden cells. Works by exact Gauss–Jordan elimination over the
 * line equations restricted to the hidden cells, keeping track of which lines each result row combines.
 */
final class LinearDisclosure {

    private LinearDisclosure() {
    }

    /** Each hidden cell determined by the lines, in position order, with the lines whose combination gives it. */
    static Map<Integer, BitSet> determined(CellSystem system, CellState[] states) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (states[i].isSuppressed()) {
                hidden.add(i);
            }
        }
        List<Integer> lines = new ArrayList<>();
        for (int l = 0; l < system.lines.length; l++) {
            if (system.additive[l]) {
                lines.add(l);
            }
        }
        int h = hidden.size();
        int width = h + lines.size();
        BigInteger[][] rows = new BigInteger[lines.size()][width];
        for (int r = 0; r < lines.size(); r++) {
            Arrays.fill(rows[r], BigInteger.ZERO);
            int[] cells = system.lines[lines.get(r)];
            for (int k = 0; k < cells.length; k++) {
                int column = hidden.indexOf(cells[k]);
                if (column >= 0) {
                    rows[r][column] = BigInteger.valueOf(k < cells.length - 1 ? 1 : -1);
                }
            }
            rows[r][h + r] = BigInteger.ONE;
        }
        int rank = 0;
        int[] pivotColumn = new int[rows.length];
        for (int column = 0; column < h && rank < rows.length; column++) {
            int pivot = -1;
            for (int r = rank; r < rows.length; r++) {
                if (rows[r][column].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] swap = rows[rank];
            rows[rank] = rows[pivot];
            rows[pivot] = swap;
            for (int r = 0; r < rows.length; r++) {
                if (r != rank && rows[r][column].signum() != 0) {
                    eliminate(rows[r], rows[rank], column);
                }
            }
            pivotColumn[rank] = column;
            rank++;
        }
        Map<Integer, BitSet> determined = new LinkedHashMap<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (int column = 0; column < h; column++) {
                if (rows[r][column].signum() != 0) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                BitSet used = new BitSet();
                for (int k = 0; k < lines.size(); k++) {
                    if (rows[r][h + k].signum() != 0) {
                        used.set(lines.get(k));
                    }
                }
                determined.put(hidden.get(pivotColumn[r]), used);
            }
        }
        Map<Integer, BitSet> inOrder = new LinkedHashMap<>();
        determined.keySet().stream().sorted().forEach(cell -> inOrder.put(cell, determined.get(cell)));
        return inOrder;
    }

    /** row := row * pivot[column] - pivot * row[column], then divided by the gcd of its entries. */
    private static void eliminate(BigInteger[] row, BigInteger[] pivot, int column) {
        BigInteger a = pivot[column];
        BigInteger b = row[column];
        BigInteger gcd = BigInteger.ZERO;
        for (int k = 0; k < row.length; k++) {
            row[k] = row[k].multiply(a).subtract(pivot[k].multiply(b));
            gcd = gcd.gcd(row[k]);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(gcd);
            }
        }
    }
}

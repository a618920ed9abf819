package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The exact range a reader could deduce for each hidden cell from everything the lines say at once, where narrowing
 * one line at a time ({@link ReaderBounds}) falls short: for instance three hidden cells known to add up to 12, one
 * of them a secondary cell of at least 10 and the other two at least 1, are 1, 1 and 10, though no single line says
 * so. Each hidden cell's smallest and largest value is found by a linear programme (ojAlgo's
 * {@link ExpressionsBasedModel}; its whole-number range, rounded inwards, can only be wider than an integer
 * programme's, and the linear solver runs in the calling thread) over what always holds: the members of an additive line add up to its total, and the
 * inequalities of the other lines' {@link Line.Bound} (distinct counts: no member above the total, the total at most
 * the members' sum).
 *
 * <p>A cell is given away when the reader can pin it to one value. (A {@code <5} cell whose range is narrowed inside
 * 1 to 4 without being pinned is not yet counted as given away.)
 */
final class ReaderRanges {

    private static final double EPSILON = 1e-6;

    static {
        // ojAlgo's own switch for the hardware-profile notice it otherwise prints to standard output on first use
        System.setProperty("shut.up.ojAlgo", "true");
    }

    private ReaderRanges() {
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
        List<Integer> given = new ArrayList<>();
        if (hidden.isEmpty()) {
            return given;
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] cells = new Variable[system.size()];
        for (int i : hidden) {
            cells[i] = model.addVariable("c" + i).lower(known.lo[i]);
            if (known.hi[i] < ReaderBounds.UNBOUNDED) {
                cells[i].upper(known.hi[i]);
            }
        }
        for (int l = 0; l < system.lines.length; l++) {
            constrain(model, system, cells, l);
        }
        java.util.Set<Variable> constrained = new java.util.HashSet<>();
        for (Expression e : model.getExpressions()) {
            e.getLinearKeySet().forEach(k -> constrained.add(model.getVariable(k)));
        }
        for (int i : hidden) {
            // a cell in no line is known only by its mark (the solver's presolve does not optimise a lone variable)
            long[] range = constrained.contains(cells[i]) ? range(model, cells[i])
                    : new long[] {known.lo[i], known.hi[i] < ReaderBounds.UNBOUNDED ? known.hi[i] : Long.MAX_VALUE};
            if (range == null) {
                throw new IllegalStateException("the figures contradict their own totals: " + broken(system));
            }
            if (range[0] >= range[1]) {
                given.add(i);
            }
        }
        return given;
    }

    /**
     * Adds what line {@code l} tells a reader: members minus total is 0 when additive; otherwise what its
     * {@link Line.Bound} says (no member above the total; for distinct counts, the total at most the members' sum).
     * Shown cells are constants.
     */
    private static void constrain(ExpressionsBasedModel model, CellSystem system, Variable[] cells, int l) {
        int[] line = system.lines[l];
        int total = line[line.length - 1];
        if (system.additive[l]) {
            Expression sum = model.addExpression("line" + l);
            long constant = 0;
            for (int k = 0; k < line.length; k++) {
                long sign = k < line.length - 1 ? 1 : -1;
                constant += term(sum, cells, system, line[k], sign);
            }
            if (sum.getLinearKeySet().isEmpty()) {
                return;
            }
            sum.level(-constant);
            return;
        }
        if (system.bounds[l] == Line.Bound.NONE) {
            return;
        }
        for (int k = 0; k < line.length - 1; k++) {
            Expression atMostTotal = model.addExpression("member" + l + "_" + k);
            long c = term(atMostTotal, cells, system, line[k], 1) + term(atMostTotal, cells, system, total, -1);
            if (!atMostTotal.getLinearKeySet().isEmpty()) {
                atMostTotal.upper(-c);
            }
        }
        if (system.bounds[l] == Line.Bound.UNION) {
            Expression atMostMembers = model.addExpression("union" + l);
            long constant = term(atMostMembers, cells, system, total, 1);
            for (int k = 0; k < line.length - 1; k++) {
                constant += term(atMostMembers, cells, system, line[k], -1);
            }
            if (!atMostMembers.getLinearKeySet().isEmpty()) {
                atMostMembers.upper(-constant);
            }
        }
    }

    /** The lines the figures themselves break, for the message of a programming error. */
    private static List<String> broken(CellSystem system) {
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < system.lines.length; l++) {
            int[] line = system.lines[l];
            long total = system.values[line[line.length - 1]];
            long sum = 0;
            long most = 0;
            for (int k = 0; k < line.length - 1; k++) {
                sum += system.values[line[k]];
                most = Math.max(most, system.values[line[k]]);
            }
            Line.Bound bound = system.bounds[l];
            if (system.additive[l] ? sum != total : bound != Line.Bound.NONE && most > total
                    || bound == Line.Bound.UNION && total > sum) {
                lines.add(system.keys.get(line[line.length - 1]) + " = " + total + " against members " + sum + " " + java.util.Arrays.stream(line).mapToObj(c -> system.keys.get(c) + ":" + system.values[c]).toList() + " " + bound);
            }
        }
        return lines;
    }

    /** Adds {@code sign * cell} to the expression when the cell is hidden; returns its constant part otherwise. */
    private static long term(Expression e, Variable[] cells, CellSystem system, int cell, long sign) {
        if (cells[cell] != null) {
            e.add(cells[cell], BigDecimal.valueOf(sign));
            return 0;
        }
        return sign * system.values[cell];
    }

    /** The smallest and largest whole value of the cell; its upper end is Long.MAX_VALUE when unbounded. */
    private static long[] range(ExpressionsBasedModel model, Variable cell) {
        cell.weight(1);
        Optimisation.Result min = model.minimise();
        Optimisation.Result max = model.maximise();
        cell.weight(0);
        if (!min.getState().isFeasible()) {
            return null;
        }
        // whole numbers inside the programme's range: its ends, rounded inwards (within a rounding error)
        long low = (long) Math.ceil(min.getValue() - EPSILON);
        long high = max.getState() == Optimisation.State.UNBOUNDED || !max.getState().isFeasible()
                ? Long.MAX_VALUE : (long) Math.floor(max.getValue() + EPSILON);
        return new long[] {low, high};
    }
}

package org.fieldreport.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Collects the problems of one run. Counts are always exact; the problems themselves are kept up to
 * {@link #KEPT_PER_FILE} per file so that a file with a million bad rows does not fill the memory, and the summary
 * says how many more there were.
 */
public final class Problems {

    /** How many problems are kept, per file, for display; the rest are counted only. */
    public static final int KEPT_PER_FILE = 1000;

    private final List<Problem> kept = new ArrayList<>();
    private final Map<String, int[]> countsByFile = new TreeMap<>();
    /** What every message and hint passes before it is kept: the project's child-code mask, once it is known. */
    private UnaryOperator<String> textMask = UnaryOperator.identity();

    /** Records a problem, its message and hint through the mask (see {@link #maskWith}). */
    public synchronized void add(Problem problem) {
        int[] counts = countsByFile.computeIfAbsent(problem.source().file(), f -> new int[3]);
        counts[problem.severity().ordinal()]++;
        if (counts[0] + counts[1] <= KEPT_PER_FILE) {
            kept.add(masked(problem));
        } else {
            counts[2]++;
        }
    }

    /**
     * Passes the message and hint of every problem kept so far, and of every problem added from now on, through
     * {@code mask}: the one place a child code quoted in a message (a value in a shifted column, a header row that is
     * data) is masked before anything prints it.
     */
    public synchronized void maskWith(UnaryOperator<String> mask) {
        textMask = mask;
        kept.replaceAll(this::masked);
    }

    private Problem masked(Problem p) {
        String message = textMask.apply(p.message());
        String hint = p.hint() == null ? null : textMask.apply(p.hint());
        return message.equals(p.message()) && java.util.Objects.equals(hint, p.hint()) ? p
                : new Problem(p.severity(), p.code(), p.source(), message, hint);
    }

    public synchronized void addAll(Problems other) {
        for (Problem p : other.all()) {
            add(p);
        }
    }

    /** A copy with the same problems, counts and mask, to which more can be added apart from this one. */
    public synchronized Problems copy() {
        Problems copy = new Problems();
        copy.kept.addAll(kept);
        copy.textMask = textMask;
        countsByFile.forEach((file, counts) -> copy.countsByFile.put(file, counts.clone()));
        return copy;
    }

    /** The kept problems, sorted by file, line and column, errors before warnings at the same place. */
    public synchronized List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing((Problem p) -> p.source().file())
                .thenComparingInt(p -> p.source().line())
                .thenComparingInt(p -> p.source().column())
                .thenComparing(Problem::severity));
        return Collections.unmodifiableList(sorted);
    }

    public synchronized int errorCount() {
        return countsByFile.values().stream().mapToInt(c -> c[0]).sum();
    }

    public synchronized int warningCount() {
        return countsByFile.values().stream().mapToInt(c -> c[1]).sum();
    }

    public synchronized int errorCount(String file) {
        int[] c = countsByFile.get(file);
        return c == null ? 0 : c[0];
    }

    public synchronized int warningCount(String file) {
        int[] c = countsByFile.get(file);
        return c == null ? 0 : c[1];
    }

    /** Problems counted but not kept, over all files. */
    public synchronized int notKept() {
        return countsByFile.values().stream().mapToInt(c -> c[2]).sum();
    }

    /** The problems collected so far, frozen: later additions to this collector do not change it. */
    public synchronized ProblemList freeze() {
        return new ProblemList(all(), countsByFile, notKept());
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}

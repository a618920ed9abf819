package org.fieldreport.problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems of a run frozen at one moment, as every output of a report lists them: the kept problems in order
 * (by file, line and column) and the exact counts, per file and in all. Made by {@link Problems#freeze()}; unlike the
 * collector it never changes, so two outputs of one run list the same problems.
 */
public final class ProblemList {

    private final List<Problem> all;
    /** Per file: errors, warnings. */
    private final Map<String, int[]> countsByFile;
    private final int notKept;

    ProblemList(List<Problem> all, Map<String, int[]> countsByFile, int notKept) {
        this.all = List.copyOf(all);
        this.countsByFile = new TreeMap<>();
        countsByFile.forEach((file, counts) -> this.countsByFile.put(file, new int[] {counts[0], counts[1]}));
        this.notKept = notKept;
    }

    /** The kept problems, sorted by file, line and column, errors before warnings at the same place. */
    public List<Problem> all() {
        return all;
    }

    public int errorCount() {
        return countsByFile.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int warningCount() {
        return countsByFile.values().stream().mapToInt(c -> c[1]).sum();
    }

    public int errorCount(String file) {
        int[] c = countsByFile.get(file);
        return c == null ? 0 : c[0];
    }

    public int warningCount(String file) {
        int[] c = countsByFile.get(file);
        return c == null ? 0 : c[1];
    }

    /** Problems counted but not kept, over all files (see {@link Problems#KEPT_PER_FILE}). */
    public int notKept() {
        return notKept;
    }
}

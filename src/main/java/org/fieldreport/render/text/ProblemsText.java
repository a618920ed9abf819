package org.fieldreport.render.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.problem.Problem;

/**
 * Problems as the terminal lists them: grouped per file and kind, so that one mistake repeated on 1,204 rows reads
 * as its first few occurrences and one line that counts the rest and names their lines
 * ({@code data/attendance.csv: 1,201 more errors of this kind, on lines 6–1,206; --all lists each}). With
 * {@code all}, every problem on its own line. The problems keep their order (by file and line); a kind is the same
 * file, severity and problem code.
 */
public final class ProblemsText {

    /** A kind with up to this many problems is listed whole. */
    static final int LISTED_WHOLE = 5;
    /** How many problems of a larger kind are listed before the line that counts the rest. */
    static final int LISTED_FIRST = 3;
    /** How many line ranges the counting line names before it only counts them. */
    static final int RANGES_NAMED = 6;

    private ProblemsText() {
    }

    /** The lines to print, in order. */
    public static List<String> lines(List<Problem> problems, boolean all) {
        List<String> lines = new ArrayList<>();
        if (all) {
            problems.forEach(p -> lines.add(p.format()));
            return lines;
        }
        Map<String, List<Problem>> kinds = new HashMap<>();
        for (Problem p : problems) {
            kinds.computeIfAbsent(kind(p), k -> new ArrayList<>()).add(p);
        }
        // in the problems' own order; a large kind stops after its first few, with the line that counts the rest
        Map<String, Integer> listed = new HashMap<>();
        for (Problem p : problems) {
            List<Problem> kind = kinds.get(kind(p));
            int n = listed.merge(kind(p), 1, Integer::sum);
            if (kind.size() <= LISTED_WHOLE || n < LISTED_FIRST) {
                lines.add(p.format());
            } else if (n == LISTED_FIRST) {
                lines.add(p.format());
                List<Problem> rest = kind.subList(LISTED_FIRST, kind.size());
                lines.add(p.source().file() + ": " + count(rest.size()) + " more " + (p.isError() ? "errors" : "warnings")
                        + " of this kind" + lineRanges(rest) + "; --all lists each");
            }
        }
        return lines;
    }

    private static String kind(Problem p) {
        return p.source().file() + '\0' + p.severity() + '\0' + (p.code() == null ? p.message() : p.code());
    }

    /** ", on lines 6–20, 25, 31–1,206" (the first few ranges, then how many more), or "" for file-wide problems. */
    static String lineRanges(List<Problem> problems) {
        BitSet lines = new BitSet();
        problems.forEach(p -> {
            if (p.source().line() > 0) {
                lines.set(p.source().line());
            }
        });
        if (lines.isEmpty()) {
            return "";
        }
        List<String> ranges = new ArrayList<>();
        int more = 0;
        for (int from = lines.nextSetBit(0); from >= 0; from = lines.nextSetBit(lines.nextClearBit(from))) {
            int to = lines.nextClearBit(from) - 1;
            if (ranges.size() == RANGES_NAMED) {
                more++;
            } else {
                ranges.add(from == to ? count(from) : count(from) + "–" + count(to));
            }
        }
        boolean one = ranges.size() == 1 && !ranges.get(0).contains("–");
        return ", on line" + (one ? " " : "s ") + String.join(", ", ranges)
                + (more == 0 ? "" : " and " + count(more) + (more == 1 ? " more range" : " more ranges"));
    }

    /** "1 error, 2 warnings". */
    public static String totals(int errors, int warnings) {
        return count(errors) + (errors == 1 ? " error, " : " errors, ") + count(warnings)
                + (warnings == 1 ? " warning" : " warnings");
    }

    /** The line after the list when a file had more problems than are kept, or null when none were dropped. */
    public static String notKept(int notKept, int keptPerFile) {
        return notKept == 0 ? null : "... and " + count(notKept) + (notKept == 1 ? " more problem" : " more problems")
                + " not listed (past a file's first " + count(keptPerFile) + ", problems are counted, not kept)";
    }

    /** A count as the reports print it: 14,627. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

package org.fieldreport.validate;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/** What the checks decided: the rows to exclude (by file and line) and the problems that say why. */
public final class Exclusions {

    private final Map<String, BitSet> linesByFile = new HashMap<>();
    private final Problems problems;

    public Exclusions(Problems problems) {
        this.problems = problems;
    }

    /** Excludes the row at {@code row} (any column) with an error. */
    public void exclude(SourceRef where, String code, String message, String hint) {
        linesByFile.computeIfAbsent(where.file(), f -> new BitSet()).set(where.line());
        problems.add(Problem.error(code, where, message, hint));
    }

    public void warn(SourceRef where, String code, String message, String hint) {
        problems.add(Problem.warning(code, where, message, hint));
    }

    public boolean excluded(SourceRef row) {
        return excluded(row.file(), row.line());
    }

    public boolean excluded(String file, int line) {
        BitSet lines = linesByFile.get(file);
        return lines != null && lines.get(line);
    }

    /** Whether any row of {@code file} is excluded. */
    public boolean any(String file) {
        return linesByFile.containsKey(file);
    }
}

package org.fieldreport.validate;

import java.util.HashSet;
import java.util.Set;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/** What the checks decided: the rows to exclude (by file and line) and the problems that say why. */
public final class Exclusions {

    private final Set<SourceRef> rows = new HashSet<>();
    private final Problems problems;

    public Exclusions(Problems problems) {
        this.problems = problems;
    }

    /** Excludes the row at {@code row} (any column) with an error. */
    public void exclude(SourceRef where, String code, String message, String hint) {
        rows.add(SourceRef.row(where.file(), where.line()));
        problems.add(Problem.error(code, where, message, hint));
    }

    public void warn(SourceRef where, String code, String message, String hint) {
        problems.add(Problem.warning(code, where, message, hint));
    }

    public boolean excluded(SourceRef row) {
        return rows.contains(SourceRef.row(row.file(), row.line()));
    }
}

package org.fieldreport.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/** One warning for the rows of a file left out for one reason, naming how many and the first of their lines. */
final class LeftOutRows {

    /** The lines a warning lists before it says "…". */
    private static final int LISTED = 5;

    private LeftOutRows() {
    }

    static void report(String file, List<Integer> lines, String why, String counted, String hint,
                       List<Problem> problems) {
        if (lines.isEmpty()) {
            return;
        }
        String listed = lines.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "))
                + (lines.size() > LISTED ? ", …" : "");
        String rows = lines.size() == 1 ? "1 row " : lines.size() + " rows ";
        String verb = lines.size() == 1 ? why.replaceFirst("^hold ", "holds ").replaceFirst("^are ", "is ") : why;
        problems.add(Problem.warning("rows-left-out", SourceRef.row(file, lines.get(0)),
                rows + verb + " (line" + (lines.size() == 1 ? " " : "s ") + listed + "): " + counted, hint));
    }
}

package org.fieldreport.cli;

import java.io.PrintWriter;
import java.util.List;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.fieldreport.render.text.ProblemsText;

/**
 * Prints the problems of a run on stderr the one way every command does: grouped per file and kind (every one under
 * {@code --all}), only errors under {@code --quiet}, then how many were counted but not kept. {@code prefix} goes
 * before each line (a batch names each project's folder).
 */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(PrintWriter err, List<Problem> problems, int notKept, CommonOptions common, String prefix) {
        List<Problem> shown = common.quiet ? problems.stream().filter(Problem::isError).toList() : problems;
        for (String line : ProblemsText.lines(shown, common.all)) {
            err.println(prefix + line);
        }
        String rest = ProblemsText.notKept(notKept, Problems.KEPT_PER_FILE);
        if (rest != null) {
            err.println(rest);
        }
        err.flush();
    }
}

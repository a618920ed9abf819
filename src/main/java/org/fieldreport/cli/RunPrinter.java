package org.fieldreport.cli;

import java.io.PrintWriter;
import org.fieldreport.app.PortfolioTable;
import org.fieldreport.app.ProjectOutcome;
import org.fieldreport.app.RunSummary;
import org.fieldreport.app.WrittenOutput;
import org.fieldreport.problem.Problem;

/**
 * Prints a report run the way every command that writes files does: the period chosen when none was asked for and
 * the problems on stderr (only errors under
 * {@code --quiet}; in a batch each file is named with its project folder), the files written on stdout, and the
 * portfolio table after a batch.
 */
final class RunPrinter {

    private RunPrinter() {
    }

    static void print(RunSummary run, PeriodOptions when, PrintWriter stdout, PrintWriter stderr,
                      CommonOptions common, boolean results) {
        boolean quiet = common.quiet;
        boolean batch = run.projects().size() > 1;
        for (ProjectOutcome o : run.projects()) {
            when.sayChosen(stderr, quiet, batch ? o.folder() + ": " : "", o.periodLabel(), o.periodKey());
            for (Problem p : o.problems()) {
                if (p.isError() || !quiet) {
                    stderr.println(batch ? o.folder().resolve(p.source().file())
                            + p.format().substring(p.source().file().length()) : p.format());
                }
            }
            if (o.error() != null && o.problems().isEmpty()) {
                stderr.println("fieldreport: " + o.folder() + ": " + o.error()
                        + (o.failure() != null && !common.stacktrace
                        ? " (run again with --stacktrace for details, and please report it)" : ""));
            }
            if (o.failure() != null && common.stacktrace) {
                o.failure().printStackTrace(stderr);
            }
            if (results && !quiet) {
                for (WrittenOutput w : o.outputs()) {
                    stdout.println(w.path() + " (" + w.bytes() + " bytes)");
                }
            }
        }
        if (batch && results && !quiet) {
            stdout.println();
            stdout.print(PortfolioTable.render(run));
        }
        stdout.flush();
        stderr.flush();
    }
}

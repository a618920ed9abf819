package org.fieldreport.cli;

import java.io.PrintWriter;
import org.fieldreport.app.PortfolioTable;
import org.fieldreport.app.ProjectOutcome;
import org.fieldreport.app.RunSummary;
import org.fieldreport.app.WrittenOutput;
import org.fieldreport.problem.ExitCode;

/**
 * Prints a report run the way every command that writes files does: the period chosen when none was asked for and
 * the problems on stderr ({@link Diagnostics}; in a batch each file is named with its project folder), why it exited 3
 * under {@code --fail-on flagged} ({@link FlagNotice}), the files written on stdout, and the
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
            Diagnostics.print(stderr, o.problems(), Math.max(0, o.errors() + o.warnings() - o.problems().size()),
                    common, batch ? o.folder() + java.io.File.separator : "");
            if (o.exitCode() == ExitCode.BUDGET_FLAG) {
                FlagNotice.print(stderr, batch ? o.folder() + ": " : "", o.budgetFlags());
            }
            if (o.error() != null && o.problems().isEmpty()) {
                // a message that already names the folder is not prefixed with it twice
                boolean named = o.error().startsWith(o.folder() + ":") || o.error().startsWith(o.folder() + " ");
                stderr.println("fieldreport: " + (named ? "" : o.folder() + ": ") + o.error()
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

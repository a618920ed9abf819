package org.fieldreport.app;

import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.Problems;

/** Turns the problems of a run into its exit code, the same way for every command. */
public final class RunVerdict {

    private RunVerdict() {
    }

    public static ExitCode forProblems(Problems problems, boolean strict) {
        if (problems.errorCount() > 0 || (strict && problems.warningCount() > 0)) {
            return ExitCode.DATA_ERRORS;
        }
        return ExitCode.OK;
    }
}

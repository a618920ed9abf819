package org.fieldreport.app;

import java.util.List;
import org.fieldreport.problem.ExitCode;

/** The outcome of one {@code report} run over one or more projects, for the summary JSON and the portfolio table. */
public record RunSummary(ReportRequest request, List<ProjectOutcome> projects, ExitCode exitCode, long durationMillis) {

    public RunSummary {
        projects = List.copyOf(projects);
    }
}

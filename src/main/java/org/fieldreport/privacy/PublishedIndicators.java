package org.fieldreport.privacy;

import java.time.LocalDate;
import java.util.List;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.ProblemList;

/**
 * What {@code fieldreport indicators} prints, as its audience may see it: the scope, every indicator after
 * suppression, the provenance of each input file and the run's problems. Made only by {@link #of}, which publishes
 * the computed results itself.
 */
public final class PublishedIndicators {

    private final ReportScope scope;
    private final List<PublishedIndicator> indicators;
    private final List<SourceFile> sources;
    private final ProblemList problems;

    private PublishedIndicators(ReportScope scope, List<PublishedIndicator> indicators, List<SourceFile> sources,
                                ProblemList problems) {
        this.scope = scope;
        this.indicators = List.copyOf(indicators);
        this.sources = List.copyOf(sources);
        this.problems = problems;
    }

    /** Publishes the computed {@code results} for the policy's audience. */
    public static PublishedIndicators of(SuppressionPolicy policy, Project project, ReportingPeriod period,
                                         LocalDate asOf, List<IndicatorResult> results, List<SourceFile> sources,
                                         ProblemList problems) {
        return new PublishedIndicators(ReportScope.of(policy, project, period, asOf),
                new IndicatorPublication(policy).publish(results), sources, problems);
    }

    public ReportScope scope() {
        return scope;
    }

    public List<PublishedIndicator> indicators() {
        return indicators;
    }

    /** The provenance of each input file: its hash and rows read, accepted and excluded. */
    public List<SourceFile> sources() {
        return sources;
    }

    public ProblemList problems() {
        return problems;
    }
}

package org.fieldreport.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldreport.indicators.FinanceFigures;
import org.fieldreport.indicators.IndicatorEngine;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.model.InputKind;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.PublishedIndicators;
import org.fieldreport.privacy.SuppressionPolicy;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.ProblemList;

/**
 * The indicators of a project for one period, as the audience may see them (internal: unsuppressed), with the
 * provenance of the inputs and the problems met, and the exit code. Rows excluded for data errors leave the figures
 * computable, so the indicators are always given; the exit code is 1 when there were errors.
 */
public record IndicatorReport(PublishedIndicators published, ExitCode exitCode) {

    /** Loads the project, reads {@code periodText} against today ({@code asOf} or the environment) and computes. */
    public static IndicatorReport of(Path folder, String periodText, LocalDate asOf, Audience audience) {
        return of(folder, List.of(), periodText, asOf, audience);
    }

    /** The same, for a project whose files may also lie in the {@code outside} folders. */
    public static IndicatorReport of(Path folder, List<Path> outside, String periodText, LocalDate asOf,
                                     Audience audience) {
        LoadedProject loaded = ProjectLoader.load(folder, outside, Progress.NONE);
        var data = loaded.data();
        ChosenPeriod chosen = ChosenPeriod.of(data, DefaultPeriod.orLatestYear(periodText, data), asOf);
        PeriodCoverage.check(data, chosen.period(), java.util.EnumSet.of(InputKind.OUTREACH_NIGHTS,
                InputKind.ATTENDANCE), loaded.problems());
        List<IndicatorResult> results = new IndicatorEngine(data, new FinanceFigures(data)).compute(chosen.period());
        SuppressionPolicy policy = new SuppressionPolicy(data.project().privacy(), audience);
        ProblemList problems = loaded.problems().freeze();
        return new IndicatorReport(PublishedIndicators.of(policy, data.project(), chosen.period(), chosen.asOf(),
                results, data.sources(), problems), RunVerdict.forProblems(loaded.problems(), false));
    }

    /** The problems met while loading, for the command to print. */
    public ProblemList problems() {
        return published.problems();
    }
}

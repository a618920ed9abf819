package org.fieldreport.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldreport.indicators.IndicatorEngine;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.IndicatorPublication;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.SuppressionPolicy;
import org.fieldreport.indicators.FinanceFigures;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ExitCode;

/**
 * The indicators of a project for one period: the loaded project, the period, the day the run counts as today,
 * every result as the audience may see it (internal: unsuppressed), the suppression policy, and the exit code. Rows excluded for data errors leave the figures computable, so the results are
 * always given; the exit code is 1 when there were errors.
 */
public record IndicatorReport(LoadedProject loaded, ReportingPeriod period, LocalDate asOf,
                              List<PublishedIndicator> results, SuppressionPolicy policy, ExitCode exitCode) {

    public IndicatorReport {
        results = List.copyOf(results);
    }

    /** Loads the project, reads {@code periodText} against today ({@code asOf} or the environment) and computes. */
    public static IndicatorReport of(Path folder, String periodText, LocalDate asOf, Audience audience) {
        LoadedProject loaded = ProjectLoader.load(folder);
        var project = loaded.data().project();
        ChosenPeriod chosen = ChosenPeriod.of(project, periodText, asOf);
        List<IndicatorResult> results = new IndicatorEngine(loaded.data(), new FinanceFigures(loaded.data()))
                .compute(chosen.period());
        SuppressionPolicy policy = new SuppressionPolicy(project.privacy(), audience);
        return new IndicatorReport(loaded, chosen.period(), chosen.asOf(),
                new IndicatorPublication(policy).publish(results), policy,
                RunVerdict.forProblems(loaded.problems(), false));
    }
}

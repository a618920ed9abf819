package org.fieldreport.app;

import java.nio.file.Path;
import org.fieldreport.indicators.BudgetAgainstActual;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.privacy.PublishedBudget;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * The {@code budget} use case: loads a project, computes budget against actual for a period, publishes it (money
 * counts no one, so nothing is hidden, but outputs get the expenses as published lines, not input rows) and decides
 * the exit code. Data errors exit 1 as for every command; under {@code failOnFlagged} a line that needs donor
 * approval, or an expense that could not be converted (a missing rate), exits 3 instead.
 */
public record BudgetCheck(LoadedProject loaded, PublishedBudget budget, ExitCode exitCode) {

    /** The problem code of an expense excluded for want of an exchange rate. */
    static final String MISSING_RATE = "missing-rate";

    public static BudgetCheck of(Path folder, String periodText, java.time.LocalDate asOf, boolean failOnFlagged) {
        return of(folder, java.util.List.of(), periodText, asOf, failOnFlagged);
    }

    /** The same, for a project whose files may also lie in the {@code outside} folders. */
    public static BudgetCheck of(Path folder, java.util.List<Path> outside, String periodText,
                                 java.time.LocalDate asOf, boolean failOnFlagged) {
        LoadedProject loaded = ProjectLoader.load(folder, outside, Progress.NONE);
        var project = loaded.data().project();
        ChosenPeriod p = ChosenPeriod.of(loaded.data(), DefaultPeriod.orLatestYear(periodText, loaded.data()),
                asOf);
        PeriodCoverage.check(loaded.data(), p.period(), java.util.EnumSet.of(
                org.fieldreport.model.InputKind.EXPENSES), loaded.problems());
        BudgetReport report;
        try {
            report = BudgetAgainstActual.report(loaded.data(), p.period(), p.requireYear(project));
        } catch (IllegalArgumentException e) {
            throw new FieldReportException(ExitCode.USAGE, "project.yaml: " + e.getMessage(), e);
        }
        ExitCode exit = RunVerdict.forProblems(loaded.problems(), false);
        if (failOnFlagged && flagged(loaded, report)) {
            exit = exit.worst(ExitCode.BUDGET_FLAG);
        }
        FundingWarning.of(report.funding(), loaded.data()).ifPresent(loaded.problems()::add);
        return new BudgetCheck(loaded, PublishedBudget.of(report, loaded.data().funding()), exit);
    }

    private static boolean flagged(LoadedProject loaded, BudgetReport report) {
        return !report.flagged().isEmpty() || !report.expenses().unconverted().isEmpty()
                || loaded.problems().all().stream().anyMatch(p -> MISSING_RATE.equals(p.code()));
    }
}

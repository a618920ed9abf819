package org.fieldreport.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.fieldreport.app.ChosenPeriod;
import org.fieldreport.app.LoadedProject;
import org.fieldreport.app.ProjectLoader;
import org.fieldreport.indicators.BudgetAgainstActual;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.FinanceFigures;
import org.fieldreport.indicators.IndicatorEngine;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.ProjectData;
import org.fieldreport.privacy.Audience;
import org.fieldreport.privacy.ChildCodeScan;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.privacy.ReportPublication;
import org.fieldreport.privacy.SuppressionPolicy;

/**
 * The {@link PublishedReport} of a project folder for one period and audience, computed by the real engines and
 * published by the real gate the way the {@code report} command does, for tests of the outputs drawn from it.
 */
public final class ReportContents {

    /** The project the workbook and JSON tests count by hand: see its project.yaml. */
    public static final Path FIXTURE = Path.of("src/test/resources/projects/report");
    public static final Path SAMPLE = Path.of("sample-data");
    public static final LocalDate AS_OF = LocalDate.of(2020, 1, 15);

    private ReportContents() {
    }

    public static PublishedReport of(Path folder, String period, Audience audience) {
        return publish(folder, period, audience, true);
    }

    /** The same content without a budget report, as for a period spanning two project years. */
    public static PublishedReport withoutBudget(Path folder, String period, Audience audience) {
        return publish(folder, period, audience, false);
    }

    private static PublishedReport publish(Path folder, String period, Audience audience, boolean withBudget) {
        LoadedProject loaded = ProjectLoader.load(folder);
        ProjectData data = loaded.data();
        ChosenPeriod chosen = ChosenPeriod.of(data.project(), period, AS_OF);
        SuppressionPolicy policy = new SuppressionPolicy(data.project().privacy(), audience);
        var results = new IndicatorEngine(data, new FinanceFigures(data)).compute(chosen.period());
        BudgetReport budget = withBudget
                ? BudgetAgainstActual.report(data, chosen.period(), chosen.requireYear(data.project())) : null;
        return new ReportPublication(policy, data, chosen.period(), chosen.asOf(), results, budget,
                MonthlyActivity.of(data, chosen.period()))
                .report(List.of(), loaded.problems().freeze(),
                        "fieldreport report " + folder + " --period " + period + " --audience " + audience.key());
    }

    /** A scan for every child code in the project's attendance rows. */
    public static ChildCodeScan childCodes(Path folder) {
        return ChildCodeScan.of(new TreeSet<>(ProjectLoader.load(folder).data().attendance().childCodes()));
    }
}

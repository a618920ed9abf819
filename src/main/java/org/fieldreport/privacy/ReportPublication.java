package org.fieldreport.privacy;

import java.time.LocalDate;
import java.util.List;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.Conversions;
import org.fieldreport.indicators.CurrencyConversion;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.problem.ProblemList;

/**
 * The gate a report passes on its way to the renderers: takes what the engines computed for one project and period
 * and makes the {@link PublishedReport} one audience may see. The indicators are published first, so that the
 * narrative can quote them before the report is made; the children-contacted grid the workbook shows is suppressed
 * with the indicator it is a finer cut of, so every output hides the same cells.
 */
public final class ReportPublication {

    private final SuppressionPolicy policy;
    private final ProjectData data;
    private final ReportingPeriod period;
    private final LocalDate asOf;
    private final BudgetReport budget;
    private final MonthlyActivity monthly;
    private final List<PublishedIndicator> indicators;

    /**
     * @param budget  budget against actual for the period's project year, or null when the period spans two
     * @param monthly the period's monthly series
     */
    public ReportPublication(SuppressionPolicy policy, ProjectData data, ReportingPeriod period, LocalDate asOf,
                             List<IndicatorResult> results, BudgetReport budget, MonthlyActivity monthly) {
        this.policy = policy;
        this.data = data;
        this.period = period;
        this.asOf = asOf;
        this.budget = budget;
        this.monthly = monthly;
        this.indicators = new IndicatorPublication(policy, ContactGrids.of(results, monthly)).publish(results);
    }

    /** The indicators as the audience may see them: what the narrative may quote. */
    public List<PublishedIndicator> indicators() {
        return indicators;
    }

    /**
     * The report, with its narrative (filled from {@link #indicators()}), the run's problems frozen before any
     * output is rendered, and the command line that reproduces it.
     */
    public PublishedReport report(List<NarrativeSection> narrative, ProblemList problems, String command) {
        Project project = data.project();
        Conversions expenses;
        if (budget != null) {
            expenses = budget.expenses();
        } else {
            expenses = new CurrencyConversion(project.currency(), project.exchangeRates().policy(), data.rates())
                    .convertAll(data.expenses().stream().filter(e -> period.contains(e.date())).toList());
        }
        return new PublishedReport(ReportScope.of(policy, project, period, asOf), indicators,
                budget == null ? null : PublishedBudget.of(budget, data.funding()),
                ActivityPublication.publish(monthly, policy, project.sites(), indicators), expenses, data.sources(),
                narrative, problems, command);
    }
}

package org.fieldreport.render;

import java.time.LocalDate;
import java.util.List;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.SuppressionPolicy;
import org.fieldreport.problem.Problems;

/**
 * Everything one report of one project is drawn from, computed once and shared by every output format of the run:
 * the accepted data (for provenance and the expense detail), the period and the run's as-of date, the indicators
 * after suppression, the budget report with the funding status of the period's project year (null when the period
 * spans two project years), the monthly series, the narrative sections (already filled and made safe),
 * the problems met, the audience's suppression policy and the command line that reproduces the run.
 */
public record ReportContent(
        ProjectData data,
        ReportingPeriod period,
        LocalDate asOf,
        List<PublishedIndicator> indicators,
        BudgetReport budget,
        MonthlyActivity monthly,
        List<NarrativeSection> narrative,
        Problems problems,
        SuppressionPolicy policy,
        String command) {

    public ReportContent {
        indicators = List.copyOf(indicators);
        narrative = List.copyOf(narrative);
    }
}

package org.fieldreport.app;

import java.util.List;
import org.fieldreport.indicators.BudgetAgainstActual;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.FinanceFigures;
import org.fieldreport.indicators.IndicatorEngine;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.ProjectData;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * The figures of one report before anything is published: every indicator over the period, the budget report of
 * the period's project year (null when the period spans two project years) and the monthly series. Nothing here
 * may reach a renderer unpublished.
 */
record ReportFigures(List<IndicatorResult> indicators, BudgetReport budget, MonthlyActivity monthly) {

    static ReportFigures compute(ProjectData data, ChosenPeriod chosen) {
        List<IndicatorResult> results = new IndicatorEngine(data, new FinanceFigures(data)).compute(chosen.period());
        BudgetReport budget = null;
        if (chosen.year() != 0) {
            try {
                budget = BudgetAgainstActual.report(data, chosen.period(), chosen.year());
            } catch (IllegalArgumentException e) {
                throw new FieldReportException(ExitCode.USAGE, "project.yaml: " + e.getMessage(), e);
            }
        }
        return new ReportFigures(results, budget, MonthlyActivity.of(data, chosen.period()));
    }
}

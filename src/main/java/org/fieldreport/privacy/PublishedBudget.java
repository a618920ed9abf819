package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fieldreport.indicators.BudgetFigures;
import org.fieldreport.indicators.BudgetHeading;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.BudgetRow;
import org.fieldreport.indicators.BurnRate;
import org.fieldreport.indicators.FlexibilityRule;
import org.fieldreport.indicators.Forecast;
import org.fieldreport.indicators.ForecastMethod;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.indicators.MonthlySpending;
import org.fieldreport.indicators.RateInUse;
import org.fieldreport.indicators.RatesInUse;
import org.fieldreport.indicators.Reconciliation;
import org.fieldreport.indicators.SpendingPace;
import org.fieldreport.indicators.YearProgress;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.ReportingPeriod;

/**
 * Budget against actual as outputs show it: every figure of the {@link BudgetReport} (money counts no one, so nothing
 * is suppressed), with the expenses behind it and the funding entries of its year as published lines rather than
 * the rows they were read from.
 */
public final class PublishedBudget {

    private final BudgetReport report;
    private final PublishedExpenses expenses;
    private final List<FundingLine> funding;
    private List<RateInUse> rates;

    private PublishedBudget(BudgetReport report, List<FundingEntry> funding) {
        this.report = report;
        this.expenses = new PublishedExpenses(report.expenses());
        this.funding = funding.stream().filter(e -> e.year() == report.funding().year()).map(FundingLine::of)
                .toList();
    }

    /** The budget report with the funding entries of its project year (taken from {@code funding}). */
    public static PublishedBudget of(BudgetReport report, List<FundingEntry> funding) {
        return new PublishedBudget(report, funding);
    }

    public String projectCode() {
        return report.projectCode();
    }

    /** The reporting currency every figure is in. */
    public String currency() {
        return report.currency();
    }

    public ReportingPeriod period() {
        return report.period();
    }

    public YearProgress progress() {
        return report.progress();
    }

    public FlexibilityRule rule() {
        return report.rule();
    }

    public BigDecimal paceLow() {
        return report.paceLow();
    }

    public BigDecimal paceHigh() {
        return report.paceHigh();
    }

    public ForecastMethod method() {
        return report.method();
    }

    public List<BudgetHeading> headings() {
        return report.headings();
    }

    public BudgetFigures total() {
        return report.total();
    }

    /** The total booked per other currency, before conversion. */
    public Map<String, BigDecimal> originalAmounts() {
        return report.originalAmounts();
    }

    public SpendingPace pace() {
        return report.pace();
    }

    public Forecast forecast() {
        return report.forecast();
    }

    public BurnRate burnRate() {
        return report.burnRate();
    }

    public List<MonthlySpending> monthly() {
        return report.monthly();
    }

    public FundingStatus funding() {
        return report.funding();
    }

    /** The pledges, commitments and receipts towards the year, in file order. */
    public List<FundingLine> fundingEntries() {
        return funding;
    }

    public Reconciliation reconciliation() {
        return report.reconciliation();
    }

    public PublishedExpenses expenses() {
        return expenses;
    }

    /** The exchange rates the expenses behind the actuals were converted at, as they were read. */
    public synchronized List<RateInUse> rates() {
        if (rates == null) {
            rates = RatesInUse.of(report.expenses());
        }
        return rates;
    }

    /** Every line, heading by heading. */
    public List<BudgetRow> rows() {
        return report.rows();
    }

    /** The lines that break the flexibility rule and need donor approval. */
    public List<BudgetRow> flagged() {
        return report.flagged();
    }

    /** The rows of spending on line codes outside the year's budget. */
    public List<BudgetRow> unbudgeted() {
        return report.unbudgeted();
    }
}

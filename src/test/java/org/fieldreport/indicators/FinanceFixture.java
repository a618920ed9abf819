package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.ExchangeRateSettings;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.FundingKind;
import org.fieldreport.model.Money;
import org.fieldreport.model.OutputSettings;
import org.fieldreport.model.PrivacySettings;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.RatePolicy;
import org.fieldreport.model.ReportingPeriod;
import org.fieldreport.model.SourceRef;

/** Builds a tiny one-year USD project (2019-01-01 to 2019-12-31, 365 days) in memory, row by row. */
final class FinanceFixture {

    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final ReportingPeriod YEAR_1 = new ReportingPeriod("Y1", START, START.plusYears(1), "2019");

    FinanceSettings finance = FinanceSettings.defaults();
    RatePolicy policy = RatePolicy.ROW_THEN_MONTHLY;
    final List<BudgetLine> budget = new ArrayList<>();
    final List<Expense> expenses = new ArrayList<>();
    final List<FundingEntry> funding = new ArrayList<>();
    final List<ExchangeRate> rates = new ArrayList<>();
    private int line = 1;

    FinanceFixture budget(String code, String heading, String amount) {
        budget.add(new BudgetLine(1, code, "Line " + code, heading, Money.of(amount, "USD"),
                SourceRef.row("data/budget.csv", ++line)));
        return this;
    }

    FinanceFixture spend(String date, String code, String amount) {
        return spend(date, code, amount, "USD", null);
    }

    FinanceFixture spend(String date, String code, String amount, String currency, String fxRate) {
        expenses.add(new Expense(LocalDate.parse(date), code, "expense " + line, Money.of(amount, currency),
                fxRate == null ? null : new BigDecimal(fxRate), null, "PV-" + line,
                SourceRef.row("data/expenses.csv", ++line)));
        return this;
    }

    FinanceFixture rate(String month, String currency, String rate, String source) {
        rates.add(new ExchangeRate(YearMonth.parse(month), currency, new BigDecimal(rate), null, source,
                SourceRef.row("data/rates.csv", ++line)));
        return this;
    }

    FinanceFixture fund(FundingKind kind, String donor, String amount, String reference) {
        funding.add(new FundingEntry(START, donor, kind, Money.of(amount, "USD"), 1, reference,
                SourceRef.row("data/funding.csv", ++line)));
        return this;
    }

    Project project() {
        return new Project(Path.of("."), "TST", "Test project", "Test", "", "", "", "USD", ZoneId.of("UTC"), START,
                12, 1, List.of("Riverfront"), List.of("outreach"), Map.of(), new ExchangeRateSettings(policy),
                "narrative", null, List.of(), List.of(), finance, PrivacySettings.defaults(),
                Project.DEFAULT_AGE_BANDS, OutputSettings.defaults(), org.fieldreport.model.StatusThresholds.defaults(),
                null);
    }

    ProjectData data() {
        return new ProjectData(project(), List.of(), AttendanceRegister.empty(), budget, expenses, funding, rates, List.of());
    }

    BudgetReport report(ReportingPeriod period) {
        return BudgetAgainstActual.report(data(), period, 1);
    }

    static ReportingPeriod month(int month) {
        LocalDate from = START.plusMonths(month - 1L);
        return new ReportingPeriod(YearMonth.from(from).toString(), from, from.plusMonths(1), "month " + month);
    }

    static FinanceSettings settings(String threshold, String base, Boolean inclusive) {
        return new FinanceSettings(new BigDecimal(threshold),
                org.fieldreport.model.FlexibilityBase.valueOf(base), inclusive, null, null, null, null);
    }
}

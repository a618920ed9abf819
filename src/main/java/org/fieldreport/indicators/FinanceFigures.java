package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.FundingKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;

/**
 * The money figures that finance-measure indicators quote, from the same conversions and rounding as the budget
 * report, so that the results table and the budget table show the same amounts: {@code budget} (each budget line's
 * share expected in the span under the project's spending plan, rounded to the minor unit per line as the budget
 * table's "budget in the period" is), {@code spent} (converted expenses dated in the span, each rounded at
 * conversion) and {@code received} (funding receipts dated in the span). Every figure has the reporting currency's
 * minor unit as its scale (45000.00 USD).
 */
public final class FinanceFigures implements MoneyFigures {

    private final ProjectData data;
    private final Conversions conversions;
    private final String currency;

    public FinanceFigures(ProjectData data) {
        this.data = data;
        Project p = data.project();
        this.currency = p.currency();
        this.conversions = new CurrencyConversion(p.currency(), p.exchangeRates().policy(), data.rates())
                .convertAll(data.expenses());
    }

    @Override
    public Optional<BigDecimal> figure(String name, LocalDate start, LocalDate end) {
        return (switch (name) {
            case "budget" -> budget(start, end);
            case "spent" -> Optional.of(conversions.converted().stream()
                    .filter(c -> within(c.expense().date(), start, end))
                    .map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
            case "received" -> Optional.of(data.funding().stream()
                    .filter(f -> f.kind() == FundingKind.RECEIPT && within(f.date(), start, end))
                    .map(FundingEntry::amount).map(m -> FinanceRounding.display(m.amount(), currency))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            default -> Optional.<BigDecimal>empty();
        }).map(v -> FinanceRounding.display(v, currency));
    }

    /** Empty when the project's spending plan cannot be read (the budget report says why). */
    private Optional<BigDecimal> budget(LocalDate start, LocalDate end) {
        Project p = data.project();
        FinanceSettings settings = p.finance();
        BigDecimal total = BigDecimal.ZERO;
        for (int year = 1; year <= p.years(); year++) {
            LocalDate ys = p.yearStart(year);
            LocalDate ye = p.yearEnd(year);
            LocalDate from = start.isAfter(ys) ? start : ys;
            LocalDate to = end.isBefore(ye) ? end : ye;
            if (!from.isBefore(to)) {
                continue;
            }
            SpendingPlan plan;
            try {
                plan = new SpendingPlan(ForecastMethod.named(settings.forecast()), ys, ye, settings.phasing());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            for (BigDecimal line : BudgetAgainstActual.lineBudgets(data.budget(), year, currency).values()) {
                total = total.add(FinanceRounding.display(plan.expectedBetween(line, from, to), currency));
            }
        }
        return Optional.of(total);
    }

    private static boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return !date.isBefore(start) && date.isBefore(end);
    }
}

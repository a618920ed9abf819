package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.FundingKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;

/**
 * The money figures that finance-measure indicators quote, from the same conversions as the budget report:
 * {@code budget} (each project year's budget, pro-rated by the days of that year the span covers), {@code spent}
 * (converted expenses dated in the span) and {@code received} (funding receipts dated in the span). Unrounded.
 */
public final class FinanceFigures implements MoneyFigures {

    private final ProjectData data;
    private final Conversions conversions;

    public FinanceFigures(ProjectData data) {
        this.data = data;
        Project p = data.project();
        this.conversions = new CurrencyConversion(p.currency(), p.exchangeRates().policy(), data.rates())
                .convertAll(data.expenses());
    }

    @Override
    public Optional<BigDecimal> figure(String name, LocalDate start, LocalDate end) {
        return switch (name) {
            case "budget" -> Optional.of(budget(start, end));
            case "spent" -> Optional.of(conversions.converted().stream()
                    .filter(c -> within(c.expense().date(), start, end))
                    .map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
            case "received" -> Optional.of(data.funding().stream()
                    .filter(f -> f.kind() == FundingKind.RECEIPT && within(f.date(), start, end))
                    .map(FundingEntry::amount).map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
            default -> Optional.empty();
        };
    }

    private BigDecimal budget(LocalDate start, LocalDate end) {
        Project p = data.project();
        BigDecimal total = BigDecimal.ZERO;
        for (int year = 1; year <= p.years(); year++) {
            LocalDate ys = p.yearStart(year);
            LocalDate ye = p.yearEnd(year);
            LocalDate from = start.isAfter(ys) ? start : ys;
            LocalDate to = end.isBefore(ye) ? end : ye;
            if (!from.isBefore(to)) {
                continue;
            }
            final int y = year;
            BigDecimal yearBudget = data.budget().stream().filter(b -> b.year() == y).map(BudgetLine::amount)
                    .map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            long covered = ChronoUnit.DAYS.between(from, to);
            long days = ChronoUnit.DAYS.between(ys, ye);
            total = total.add(covered == days ? yearBudget
                    : yearBudget.multiply(BigDecimal.valueOf(covered))
                            .divide(BigDecimal.valueOf(days), FinanceRounding.DIVISION_SCALE, RoundingMode.HALF_EVEN));
        }
        return total;
    }

    private static boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return !date.isBefore(start) && date.isBefore(end);
    }
}

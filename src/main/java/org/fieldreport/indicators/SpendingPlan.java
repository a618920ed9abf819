package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How much of a year's budget is expected to be spent by a given day: evenly by days ({@link ForecastMethod#LINEAR})
 * or by the monthly phasing of project.yaml ({@link ForecastMethod#PHASING}, one percentage per month of the
 * project year, summing to 100; a partly elapsed month counts by its days).
 */
public final class SpendingPlan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ForecastMethod method;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final List<BigDecimal> phasing;

    /**
     * @throws IllegalArgumentException when phasing is chosen and the shares are not one per month summing to 100
     */
    public SpendingPlan(ForecastMethod method, LocalDate yearStart, LocalDate yearEnd, List<BigDecimal> phasing) {
        this.method = method;
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.phasing = List.copyOf(phasing);
        if (method == ForecastMethod.PHASING) {
            long months = ChronoUnit.MONTHS.between(yearStart, yearEnd);
            if (phasing.size() != months) {
                throw new IllegalArgumentException("finance.phasing has " + phasing.size()
                        + " monthly shares; the project year has " + months + " months");
            }
            BigDecimal sum = phasing.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                throw new IllegalArgumentException("finance.phasing adds up to " + sum.toPlainString()
                        + " %, not 100 %");
            }
        }
    }

    public ForecastMethod method() {
        return method;
    }

    /** The part of {@code budget} expected to be spent from the year's start up to {@code until} (exclusive). */
    public BigDecimal expectedBy(BigDecimal budget, LocalDate until) {
        return expectedBetween(budget, yearStart, until);
    }

    /** The part of {@code budget} expected to be spent from {@code from} (inclusive) to {@code until} (exclusive). */
    public BigDecimal expectedBetween(BigDecimal budget, LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            return BigDecimal.ZERO;
        }
        if (!from.isAfter(yearStart) && !until.isBefore(yearEnd)) {
            return budget;
        }
        if (method == ForecastMethod.LINEAR) {
            long days = ChronoUnit.DAYS.between(from, until);
            return FinanceRounding.divide(budget.multiply(BigDecimal.valueOf(days)),
                    BigDecimal.valueOf(ChronoUnit.DAYS.between(yearStart, yearEnd)));
        }
        BigDecimal share = BigDecimal.ZERO;
        for (int i = 0; i < phasing.size(); i++) {
            LocalDate monthStart = yearStart.plusMonths(i);
            LocalDate monthEnd = yearStart.plusMonths(i + 1L);
            LocalDate a = from.isAfter(monthStart) ? from : monthStart;
            LocalDate b = until.isBefore(monthEnd) ? until : monthEnd;
            if (b.isAfter(a)) {
                BigDecimal part = phasing.get(i).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(a, b)));
                share = share.add(part.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(monthStart, monthEnd)),
                        2 * FinanceRounding.DIVISION_SCALE, RoundingMode.HALF_EVEN));
            }
        }
        return FinanceRounding.divide(budget.multiply(share), HUNDRED);
    }

    /** The year-end forecast of spending for a line whose year budget and actual to date are given. */
    public BigDecimal forecast(BigDecimal budget, BigDecimal actual, YearProgress progress) {
        if (progress.wholeYear()) {
            return actual;
        }
        if (method == ForecastMethod.LINEAR) {
            if (progress.elapsedDays() == 0) {
                return BigDecimal.ZERO;
            }
            return FinanceRounding.divide(actual.multiply(BigDecimal.valueOf(progress.yearDays())),
                    BigDecimal.valueOf(progress.elapsedDays()));
        }
        return actual.add(expectedBetween(budget, progress.periodEnd(), yearEnd));
    }
}

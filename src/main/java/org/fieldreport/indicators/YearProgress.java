package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a project year has run at the end of a reporting period, by days: {@code yearStart} inclusive to
 * {@code yearEnd} exclusive, {@code elapsedDays} from the year's start to the period's (exclusive) end.
 * {@code elapsedMonths} counts the whole months since the year's start plus the elapsed share of the month under
 * way, so that the end of month 4 is exactly 4.
 */
public record YearProgress(int year, LocalDate yearStart, LocalDate yearEnd, LocalDate periodEnd, long yearDays,
                           long elapsedDays, BigDecimal elapsedMonths) {

    public static YearProgress at(int year, LocalDate yearStart, LocalDate yearEnd, LocalDate periodEnd) {
        if (periodEnd.isBefore(yearStart) || periodEnd.isAfter(yearEnd)) {
            throw new IllegalArgumentException("the period ends on " + periodEnd + ", outside project year " + year);
        }
        long whole = ChronoUnit.MONTHS.between(yearStart, periodEnd);
        LocalDate monthStart = yearStart.plusMonths(whole);
        BigDecimal months = BigDecimal.valueOf(whole);
        if (monthStart.isBefore(periodEnd)) {
            long into = ChronoUnit.DAYS.between(monthStart, periodEnd);
            long length = ChronoUnit.DAYS.between(monthStart, monthStart.plusMonths(1));
            months = months.add(FinanceRounding.divide(BigDecimal.valueOf(into), BigDecimal.valueOf(length)));
        }
        return new YearProgress(year, yearStart, yearEnd, periodEnd, ChronoUnit.DAYS.between(yearStart, yearEnd),
                ChronoUnit.DAYS.between(yearStart, periodEnd), months);
    }

    /** Percentage of the year's days elapsed at the period's end. */
    public BigDecimal elapsedPercent() {
        return FinanceRounding.percent(BigDecimal.valueOf(elapsedDays), BigDecimal.valueOf(yearDays));
    }

    public boolean wholeYear() {
        return elapsedDays == yearDays;
    }
}

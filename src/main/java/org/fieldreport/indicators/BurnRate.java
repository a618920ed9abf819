package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * Average spending per month so far in the project year: actual to date ÷ elapsed months (null when no time has
 * passed), and, for comparison, the monthly rate that would spend the remaining budget in the remaining months
 * (null when the year is over).
 */
public record BurnRate(BigDecimal elapsedMonths, BigDecimal perMonth, BigDecimal remainingMonths,
                       BigDecimal affordablePerMonth) {
}

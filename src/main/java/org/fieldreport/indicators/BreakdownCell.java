package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * One cell of a disaggregation: its {@code key} as scripts see it ({@code Riverfront}, {@code 2019-06},
 * {@code Y1-Q3}, {@code F}, {@code 6-11}), a label for people, and the indicator computed as if the report covered
 * only this cell. {@code value} is null when it cannot be computed (a ratio over zero); {@code numerator} and
 * {@code denominator} are set for ratios and periods only. {@code countsPeople} is true when the value is a count
 * of people (as the indicator's unit says), which small-cell suppression must protect.
 */
public record BreakdownCell(String key, String label, BigDecimal value, BigDecimal numerator,
                            BigDecimal denominator, boolean countsPeople) {
}

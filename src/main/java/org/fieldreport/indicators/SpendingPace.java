package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * Spending against the expected pace: {@code ratio} = actual to date ÷ budget to date (null when nothing was
 * expected yet), read against the band of project.yaml (default 0.75–1.25, both ends inside the band).
 */
public record SpendingPace(BigDecimal ratio, PaceFlag flag) {

    /** Where spending runs against the band. */
    public enum PaceFlag {
        WITHIN, BELOW, ABOVE;

        public String label() {
            return switch (this) {
                case WITHIN -> "";
                case BELOW -> "slow";
                case ABOVE -> "fast";
            };
        }
    }

    public static SpendingPace of(BigDecimal actual, BigDecimal budgetToDate, BigDecimal low, BigDecimal high) {
        if (budgetToDate.signum() == 0) {
            return new SpendingPace(null, actual.signum() > 0 ? PaceFlag.ABOVE : PaceFlag.WITHIN);
        }
        BigDecimal ratio = FinanceRounding.divide(actual, budgetToDate);
        PaceFlag flag = ratio.compareTo(low) < 0 ? PaceFlag.BELOW
                : ratio.compareTo(high) > 0 ? PaceFlag.ABOVE : PaceFlag.WITHIN;
        return new SpendingPace(ratio, flag);
    }

    public boolean outside() {
        return flag != PaceFlag.WITHIN;
    }
}

package org.fieldreport.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How spending is judged: the donor's flexibility rule (a line whose variance exceeds {@code flexibilityThreshold}
 * percent of its {@code flexibilityBase} needs donor approval; {@code inclusive} makes exactly the threshold trigger
 * too), the pace band outside which spending is flagged, the forecast method ({@code linear} or {@code phasing}) and,
 * for {@code phasing}, the share of the year's budget planned for each month in percent.
 */
public record FinanceSettings(
        BigDecimal flexibilityThreshold,
        FlexibilityBase flexibilityBase,
        Boolean inclusive,
        BigDecimal paceLow,
        BigDecimal paceHigh,
        String forecast,
        List<BigDecimal> phasing) {

    public FinanceSettings {
        flexibilityThreshold = flexibilityThreshold == null ? new BigDecimal("10") : flexibilityThreshold;
        flexibilityBase = flexibilityBase == null ? FlexibilityBase.LINE : flexibilityBase;
        inclusive = inclusive != null && inclusive;
        paceLow = paceLow == null ? new BigDecimal("0.75") : paceLow;
        paceHigh = paceHigh == null ? new BigDecimal("1.25") : paceHigh;
        forecast = forecast == null ? "linear" : forecast;
        phasing = phasing == null ? List.of() : List.copyOf(phasing);
    }

    public static FinanceSettings defaults() {
        return new FinanceSettings(null, null, null, null, null, null, null);
    }
}

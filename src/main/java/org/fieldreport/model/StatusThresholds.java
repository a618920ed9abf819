package org.fieldreport.model;

import java.math.BigDecimal;

/**
 * Where an indicator's status changes (project.yaml {@code status}): green at or above {@code green} percent
 * achieved, amber at or above {@code amber}, red below. Defaults 90 and 70. For lower-is-better indicators without
 * a baseline the bands are mirrored around 100 (green up to 110 %, amber up to 130 % with the defaults).
 */
public record StatusThresholds(BigDecimal green, BigDecimal amber) {

    public StatusThresholds {
        green = green == null ? new BigDecimal("90") : green;
        amber = amber == null ? new BigDecimal("70") : amber;
    }

    public static StatusThresholds defaults() {
        return new StatusThresholds(null, null);
    }
}

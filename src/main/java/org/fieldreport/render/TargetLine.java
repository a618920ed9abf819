package org.fieldreport.render;

import java.math.BigDecimal;

/** A horizontal line across a chart at a target value, with its label (for example "Target: 5 a week"). */
public record TargetLine(String label, BigDecimal value) {
}

package org.fieldreport.render;

import java.math.BigDecimal;

/** One value of a chart series at a category such as "Mar 2019". */
public record ChartPoint(String category, BigDecimal value) {
}

package org.fieldreport.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The report's one style for a percentage: one decimal, rounded half up, the sign right after it ("96.3%"). */
final class ReportPercent {

    private ReportPercent() {
    }

    static String of(BigDecimal percent) {
        return percent == null ? "\u2013" : percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}

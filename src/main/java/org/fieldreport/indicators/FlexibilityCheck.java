package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * One line judged by the {@link FlexibilityRule}: its variance as a percentage of the rule's base (null when the
 * base has no budget) and whether it needs donor approval.
 */
public record FlexibilityCheck(BigDecimal basePercent, boolean needsDonorApproval) {

    /** The flag the report prints beside such a line. */
    public static final String FLAG = "needs donor approval";
}

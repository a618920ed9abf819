package org.fieldreport.indicators;

import java.math.BigDecimal;
import org.fieldreport.model.FinanceSettings;
import org.fieldreport.model.FlexibilityBase;

/**
 * The donor's flexibility rule: a line whose overspending (a positive variance against the budget to date) is more
 * than {@code threshold} percent of its base (the line's, its heading's or the total budget to date) needs donor
 * approval. Under {@code inclusive} exactly the threshold triggers too (≥), otherwise only more than it (>).
 * Underspending never needs approval. Spending on a line with no budget at all (an unbudgeted line) always does.
 */
public record FlexibilityRule(BigDecimal threshold, FlexibilityBase base, boolean inclusive) {

    public static FlexibilityRule of(FinanceSettings settings) {
        return new FlexibilityRule(settings.flexibilityThreshold(), settings.flexibilityBase(),
                settings.inclusive());
    }

    /**
     * Judges a line's variance (actual − budget to date) against the budget to date of the rule's base;
     * {@code lineBudget} is the line's own year budget, zero for an unbudgeted line.
     */
    public FlexibilityCheck check(BigDecimal variance, BigDecimal lineBudget, BigDecimal baseBudgetToDate) {
        BigDecimal percent = FinanceRounding.percent(variance, baseBudgetToDate);
        if (variance.signum() <= 0) {
            return new FlexibilityCheck(percent, false);
        }
        if (percent == null || lineBudget.signum() == 0) {
            return new FlexibilityCheck(null, true);
        }
        int c = percent.compareTo(threshold);
        return new FlexibilityCheck(percent, inclusive ? c >= 0 : c > 0);
    }

    /** The rule in words, for the report: "overspending over 10 % of the line budget". */
    public String describe() {
        String percent = FinanceRounding.plain(threshold).toPlainString() + " %";
        return "overspending " + (inclusive ? percent + " or more" : "over " + percent) + " of the "
                + base.name().toLowerCase(java.util.Locale.ROOT) + " budget";
    }
}

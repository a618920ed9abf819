package org.fieldreport.privacy;

import org.fieldreport.model.PrivacySettings;

/**
 * The primary-suppression rule for one figure in one audience's output: counts from {@link #lowestHidden()} to
 * {@code threshold - 1} are hidden and shown as {@code <threshold}. A rule with threshold 0 hides nothing (internal
 * output, and figures that do not count people: nights, sessions, money).
 *
 * <p>Build it with {@link #of} or {@link SuppressionPolicy#rule}; the thresholds come from project.yaml
 * {@code privacy:}.
 */
public record SuppressionRule(Audience audience, int threshold, boolean hidesZero) {

    public SuppressionRule {
        if (audience == null) {
            throw new IllegalArgumentException("audience is required");
        }
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        if (hidesZero && threshold < 1) {
            throw new IllegalArgumentException("a rule that hides zero needs a threshold of at least 1");
        }
    }

    /** The rule for one figure: see {@link SuppressionPolicy#rule(boolean, boolean)}. */
    public static SuppressionRule of(PrivacySettings settings, Audience audience, boolean countsPeople,
            boolean sensitive) {
        return new SuppressionPolicy(settings, audience).rule(countsPeople, sensitive);
    }

    /** A rule that hides nothing. */
    public static SuppressionRule none(Audience audience) {
        return new SuppressionRule(audience, 0, false);
    }

    /** Whether this rule can hide any count at all. */
    public boolean suppressesAnything() {
        return hidesZero || threshold > 1;
    }

    /** Primary suppression: whether this count is hidden. */
    public boolean hides(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count == 0 ? hidesZero : count < threshold;
    }

    /**
     * Whether a percentage, average or ratio built from these two counts is hidden: it is when either count is
     * (a rate over a hidden count would give the count away).
     */
    public boolean hidesDerived(long numerator, long denominator) {
        return hides(numerator) || hides(denominator);
    }

    /** The smallest hidden count: 0 when zero is hidden, otherwise 1. */
    public long lowestHidden() {
        return hidesZero ? 0 : 1;
    }

    /** The largest hidden count. */
    public long highestHidden() {
        return threshold - 1L;
    }

    /** How a hidden count is shown, e.g. {@code <5}. */
    public String primaryText() {
        return "<" + threshold;
    }

    /** This figure's rule in words, e.g. {@code counts of 1 to 4 shown as <5}. */
    public String describe() {
        if (!suppressesAnything()) {
            return "not suppressed";
        }
        return "counts of " + lowestHidden() + " to " + highestHidden() + " shown as " + primaryText();
    }
}

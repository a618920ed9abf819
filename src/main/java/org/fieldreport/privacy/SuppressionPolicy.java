package org.fieldreport.privacy;

import java.util.List;
import java.util.Map;
import org.fieldreport.model.PrivacySettings;

/**
 * What one audience may see, from project.yaml {@code privacy:}: the {@link SuppressionRule} for each kind of figure,
 * whether sensitive indicators may be broken down, and the rule in words for footers, the About sheet and JSON.
 *
 * <p>Thresholds: donor output hides counts of people from 1 to {@code threshold - 1}, and up to
 * {@code sensitiveThreshold - 1} for sensitive indicators; public output hides up to {@code publicThreshold - 1}
 * everywhere, and a sensitive count of 0 as well. A stricter audience never uses a lower threshold than a looser one,
 * so public uses the largest of the thresholds that apply. Figures that do not count people (nights, sessions,
 * money) are never suppressed, and internal output suppresses nothing.
 *
 * <p>Sensitive indicators are shown broken down (by site, month, sex or age band) in internal output, in donor output
 * only when {@code sensitive_detail} is true, and never in public output: the setting speaks of donor output, and
 * public output takes the safer reading.
 */
public record SuppressionPolicy(PrivacySettings settings, Audience audience) {

    public SuppressionPolicy {
        if (settings == null || audience == null) {
            throw new IllegalArgumentException("settings and audience are required");
        }
    }

    /** The rule for a figure that does or does not count people, of a sensitive indicator or not. */
    public SuppressionRule rule(boolean countsPeople, boolean sensitive) {
        if (!countsPeople || audience == Audience.INTERNAL) {
            return SuppressionRule.none(audience);
        }
        return new SuppressionRule(audience, threshold(sensitive), audience == Audience.PUBLIC && sensitive);
    }

    /** Whether a sensitive indicator may be shown broken down rather than only for the whole project and period. */
    public boolean showsSensitiveBreakdowns() {
        return switch (audience) {
            case INTERNAL -> true;
            case DONOR -> settings.sensitiveDetail();
            case PUBLIC -> false;
        };
    }

    /**
     * Whether this activity is sensitive (project.yaml {@code privacy: sensitive_activities}) and this audience's
     * output restricted: then its every figure follows the rules of sensitive figures.
     */
    public boolean guardsActivity(String activity) {
        return audience != Audience.INTERNAL && activity != null
                && settings.sensitiveActivityList().stream().anyMatch(a -> a.equalsIgnoreCase(activity));
    }

    /**
     * Whether a figure filtered this way describes only sensitive activities (its activity filter names nothing
     * else) in restricted output: such a figure, a session count included, is a sensitive count of people.
     */
    public boolean guardsFigure(Map<String, List<String>> filters) {
        List<String> activities = filters.get("activity");
        return activities != null && !activities.isEmpty() && activities.stream().allMatch(this::guardsActivity);
    }

    /**
     * The rule in words, e.g. {@code donor: counts of people below 5 shown as <5 (below 10 for sensitive figures);
     * secondary suppression applied; sensitive figures only for the whole project and period}.
     */
    public String describe() {
        if (audience == Audience.INTERNAL) {
            return "internal (" + Audience.CONFIDENTIAL + "): nothing suppressed";
        }
        int plain = threshold(false);
        int sensitive = threshold(true);
        StringBuilder text = new StringBuilder(audience.key())
                .append(": counts of people below ").append(plain).append(" shown as <").append(plain);
        boolean zero = audience == Audience.PUBLIC;
        if (sensitive != plain && zero) {
            text.append(" (below ").append(sensitive).append(" shown as <").append(sensitive)
                    .append(", and 0 too, for sensitive figures)");
        } else if (sensitive != plain) {
            text.append(" (below ").append(sensitive).append(" for sensitive figures)");
        } else if (zero) {
            text.append(" (and 0 too for sensitive figures)");
        }
        text.append("; secondary suppression applied");
        if (!showsSensitiveBreakdowns()) {
            text.append("; sensitive figures only for the whole project and period");
        }
        return text.toString();
    }

    /**
     * The key to the marks a suppressed table can show, for a note under it, e.g. {@code <5: 1 to 4 people; [c]:
     * withheld so that a hidden figure cannot be worked out from the totals}.
     */
    public String legend() {
        if (audience == Audience.INTERNAL) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int plain = threshold(false);
        int sensitive = threshold(true);
        text.append('<').append(plain).append(": 1 to ").append(plain - 1).append(" people");
        long lowestSensitive = audience == Audience.PUBLIC ? 0 : 1;
        if (sensitive != plain) {
            text.append("; <").append(sensitive).append(": ").append(lowestSensitive).append(" to ")
                    .append(sensitive - 1).append(" people (sensitive figures)");
        } else if (lowestSensitive == 0) {
            text.append(" (0 to ").append(sensitive - 1).append(" for sensitive figures)");
        }
        return text.append("; ").append(CellState.SECONDARY_TEXT)
                .append(": withheld so that a hidden figure cannot be worked out from the totals").toString();
    }

    private int threshold(boolean sensitive) {
        int donor = sensitive ? Math.max(settings.threshold(), settings.sensitiveThreshold()) : settings.threshold();
        return audience == Audience.PUBLIC ? Math.max(settings.publicThreshold(), donor) : donor;
    }
}

package org.fieldreport.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One indicator as declared in project.yaml (keys in snake_case): what to count, from which input, and what it is
 * measured against.
 *
 * <p>{@code source} is {@code outreach_nights} or {@code attendance} (see {@link IndicatorSource} for their
 * columns). {@code measure} is one of
 * <ul>
 * <li>{@code count}: rows;</li>
 * <li>{@code distinct}: distinct values of {@code column} (a child is counted once per period, never summed over
 * months);</li>
 * <li>{@code sum}: the sum of number {@code column};</li>
 * <li>{@code sessions}: distinct sessions ({@code session} column; for outreach nights a team's night in an area);</li>
 * <li>{@code first_time}: distinct values of {@code column} whose first row ever (among the rows that pass the
 * filters) falls in the period;</li>
 * <li>{@code regular}: distinct values of {@code column} with at least {@code min} rows in the period;</li>
 * <li>{@code ratio}: indicator {@code numerator} divided by indicator {@code denominator}, or by {@code weeks} or
 * {@code days} of the period, times {@code factor} (default 1; 100 for a percentage);</li>
 * <li>{@code periods}: the number of sub-periods ({@code per}: {@code month} or {@code quarter}) in which
 * indicator {@code of} reached at least {@code min} (default 1), out of the sub-periods in the report;</li>
 * <li>{@code finance}: a budget or funding figure named by {@code column}, computed by the finance engine.</li>
 * </ul>
 * {@code filters} keeps only rows whose column holds one of the listed values; {@code breakdowns} names the
 * disaggregations ({@code site}/{@code area}, {@code activity}, {@code month}, {@code quarter}, {@code sex},
 * {@code age_band}). {@code target} is for a whole project year; {@code targets} declares targets by period length
 * ({@code year}, {@code quarter}, {@code month}) or for one period by its key ({@code Y1}, {@code Y1-Q2},
 * {@code 2019-06}). For a period with no declared target, the yearly target is pro-rated by days only for an
 * {@link #additive()} measure (unless {@code pro_rate} is false); any other measure then has no target and no
 * status (see {@code PeriodTarget}). Ratios are never pro-rated. {@code baseline} makes % achieved
 * (actual − baseline) / (target − baseline). {@code counts_people} overrides what the unit implies (see
 * {@link #isCountOfPeople()}); {@code sensitive} marks figures that need a higher suppression threshold.
 */
public record IndicatorDeclaration(
        String id,
        String label,
        String unit,
        Direction direction,
        String source,
        Measure measure,
        String column,
        String numerator,
        String denominator,
        BigDecimal factor,
        String per,
        String of,
        Integer min,
        Map<String, List<String>> filters,
        List<String> breakdowns,
        BigDecimal baseline,
        BigDecimal target,
        Boolean proRate,
        Boolean sensitive,
        Boolean countsPeople,
        String section,
        Map<String, BigDecimal> targets) {

    /** Units that are counts of people: their small values identify someone. */
    public static final Set<String> PEOPLE_UNITS = Set.of("children", "child", "participants", "participant",
            "people", "persons", "person", "cases", "case", "disclosures", "disclosure", "referrals", "referral",
            "interventions", "intervention", "girls", "boys", "attenders", "beneficiaries", "families", "contacts",
            "attendances");

    public IndicatorDeclaration {
        direction = direction == null ? Direction.HIGHER : direction;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        sensitive = sensitive != null && sensitive;
        label = label == null ? id : label;
        unit = unit == null ? "" : unit;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    /**
     * Whether the figure counts people: {@code counts_people} when declared, otherwise true when the unit's last word
     * is one of {@link #PEOPLE_UNITS} ("children", "new children", "disclosures", ...).
     */
    public boolean isCountOfPeople() {
        if (countsPeople != null) {
            return countsPeople;
        }
        String[] words = unit.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return PEOPLE_UNITS.contains(words[words.length - 1]);
    }

    /** The target for a project year: {@code target}, else {@code targets: {year: ...}}; null when neither. */
    public BigDecimal yearlyTarget() {
        return target != null ? target : targets.get("year");
    }

    /** A yearly target may be scaled to the period's length: an additive measure, unless pro_rate is false. */
    public boolean prorated() {
        return additive() && (proRate == null || proRate);
    }

    /**
     * Whether the figures of two periods add up to the figure of both: rows, sums, sessions and distinct dates (days
     * with a row: each day lies in one period) do; distinct people, first-time people, regular attenders, periods
     * with an activity and ratios do not.
     */
    public boolean additive() {
        return measure == Measure.COUNT || measure == Measure.SUM || measure == Measure.SESSIONS
                || measure == Measure.DISTINCT && "date".equals(column);
    }
}

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
 * {@code age_band}). {@code target} is for a whole project year; for a shorter or longer period it is pro-rated by
 * days unless {@code pro_rate} is false (ratios are never pro-rated). {@code baseline} makes % achieved
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
        String section) {

    /** Units that are counts of people: their small values identify someone. */
    public static final Set<String> PEOPLE_UNITS = Set.of("children", "child", "participants", "participant",
            "people", "persons", "person", "cases", "case", "disclosures", "disclosure", "referrals", "referral",
            "interventions", "intervention", "girls", "boys", "attenders", "beneficiaries", "families", "contacts",
            "attendances");

    public IndicatorDeclaration {
        direction = direction == null ? Direction.HIGHER : direction;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
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

    /** The target applies to a project year and is scaled to the period's length. */
    public boolean prorated() {
        return measure != Measure.RATIO && (proRate == null || proRate);
    }
}

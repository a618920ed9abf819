package org.fieldreport.privacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.fieldreport.indicators.Breakdown;
import org.fieldreport.indicators.BreakdownCell;
import org.fieldreport.indicators.IndicatorResult;

/**
 * Applies one audience's suppression to computed indicators, before any renderer sees them, so that PDF, HTML,
 * workbook and JSON of one run hide exactly the same cells.
 *
 * <p>For a count of people, every breakdown of the indicator is linked through the indicator's total (sites against
 * the project, months against the year) and suppressed as one set: primary suppression hides small counts, secondary
 * suppression hides what totals would give away. When no set of hidden cells can protect the small ones, or the
 * indicator is sensitive and this audience may not see it broken down, only the total is published. A ratio or
 * average built on a count of people is hidden when its numerator or denominator would be. Counts of nights,
 * sessions and money are never suppressed.
 */
final class IndicatorPublication {

    private static final String ACTIVITY = "activity";

    /**
     * What % achieved reads when the figure it is worked from is withheld: the figure's own mark ("<10") would read as
     * an achievement below 10 %, and the share of a known target would give the hidden count away.
     */
    static final String ACHIEVED_WITHHELD = "withheld";

    private final SuppressionPolicy policy;
    private final Map<String, CountTable> grids;

    IndicatorPublication(SuppressionPolicy policy) {
        this(policy, Map.of());
    }

    /**
     * @param grids two-way tables (by indicator id) that an output shows beside the indicator's one-way breakdowns,
     *              such as children contacted by month and area; each is suppressed with its indicator's breakdowns
     */
    IndicatorPublication(SuppressionPolicy policy, Map<String, CountTable> grids) {
        this.policy = policy;
        this.grids = Map.copyOf(grids);
    }

    List<PublishedIndicator> publish(List<IndicatorResult> results) {
        Map<String, Boolean> people = new java.util.HashMap<>();
        for (IndicatorResult r : results) {
            people.put(r.id(), r.countsPeople());
        }
        List<PublishedIndicator> out = new ArrayList<>(results.size());
        for (IndicatorResult r : results) {
            out.add(publish(r, people));
        }
        return out;
    }

    /**
     * @param people whether each indicator (by id) counts people; a ratio's part that is another indicator is judged
     *               by it, a part such as weeks or sessions never counts people, and an unknown part is assumed to
     */
    private PublishedIndicator publish(IndicatorResult r, Map<String, Boolean> people) {
        // A figure of sensitive activities only (counselling sessions) tells how many children were counselled.
        boolean guarded = policy.guardsFigure(r.declaration().filters());
        boolean sensitive = r.sensitive() || guarded;
        boolean countsPeople = r.countsPeople() || r.derivedFromPeople() || guarded;
        SuppressionRule rule = policy.rule(countsPeople, sensitive);
        Set<CellKey> withheldCells = sensitiveCells(r, rule);
        if (!r.available() || !rule.suppressesAnything() && (withheldCells.isEmpty() || !whole(r))) {
            return asIs(r, null);
        }
        String withheld = null;
        if (sensitive && !policy.showsSensitiveBreakdowns() && !r.breakdowns().isEmpty()) {
            withheld = "sensitive: shown only for the whole project and period";
        }
        if ((r.countsPeople() || guarded || !rule.suppressesAnything()) && !r.isRatio()) {
            return counted(r, rule, withheld, withheldCells);
        }
        return derived(r, rule, withheld, part(r.declaration().numerator(), people),
                part(r.declaration().denominator(), people));
    }

    /**
     * The breakdown cells of sensitive activities ({@code activity=counselling}) that this audience may not see:
     * withheld whatever their size unless sensitive detail is shown, and then below the sensitive threshold.
     */
    private Set<CellKey> sensitiveCells(IndicatorResult r, SuppressionRule rule) {
        Set<CellKey> cells = new HashSet<>();
        SuppressionRule sensitive = policy.rule(true, true);
        for (Breakdown b : r.breakdowns()) {
            if (!b.dimension().equals(ACTIVITY)) {
                continue;
            }
            for (BreakdownCell c : b.cells()) {
                if (policy.guardsActivity(c.key()) && (!policy.showsSensitiveBreakdowns() || c.value() == null
                        || sensitive.hides(whole(c.value())))) {
                    cells.add(CellKey.of(ACTIVITY, c.key()));
                }
            }
        }
        return cells;
    }

    /** Whether the figure and its breakdowns are whole numbers (sessions, rows), which suppression can handle. */
    private static boolean whole(IndicatorResult r) {
        return r.value() != null && whole(r.value()) != Long.MAX_VALUE && r.breakdowns().stream()
                .allMatch(b -> b.cells().stream().allMatch(c -> c.value() == null || whole(c.value()) != Long.MAX_VALUE));
    }

    /** Whether a ratio's numerator or denominator counts people: weeks, days and non-people indicators do not. */
    private static boolean part(String id, Map<String, Boolean> people) {
        if (id == null || id.equals("weeks") || id.equals("days")) {
            return false;
        }
        return people.getOrDefault(id, true);
    }

    private static PublishedIndicator asIs(IndicatorResult r, String withheld) {
        List<PublishedBreakdown> breakdowns = new ArrayList<>();
        if (withheld == null) {
            for (Breakdown b : r.breakdowns()) {
                List<PublishedBreakdown.Cell> cells = new ArrayList<>();
                for (BreakdownCell c : b.cells()) {
                    cells.add(new PublishedBreakdown.Cell(c.key(), c.label(), PublishedFigure.shown(c.value())));
                }
                breakdowns.add(new PublishedBreakdown(b.dimension(), cells));
            }
        }
        return new PublishedIndicator(r, PublishedFigure.shown(r.value()), PublishedFigure.shown(r.numerator()),
                PublishedFigure.shown(r.denominator()), PublishedFigure.shown(r.achieved()), false, breakdowns,
                withheld);
    }

    /** A count of people: its breakdowns linked through the total and suppressed together. */
    private PublishedIndicator counted(IndicatorResult r, SuppressionRule rule, String withheld,
                                       Set<CellKey> withheldCells) {
        long total = r.value().longValueExact();
        List<Breakdown> shownBreakdowns = withheld == null ? r.breakdowns() : List.of();
        List<CountTable> tables = new ArrayList<>();
        for (Breakdown b : shownBreakdowns) {
            List<String> members = b.cells().stream().map(BreakdownCell::key).toList();
            long[] counts = b.cells().stream().mapToLong(c -> c.value() == null ? 0 : c.value().longValueExact())
                    .toArray();
            tables.add(b.additive() ? CountTable.oneWay(b.dimension(), members, counts)
                    : CountTable.oneWayWithTotal(b.dimension(), members, counts, total));
        }
        CountTable grid = withheld == null ? grids.get(r.id()) : null;
        if (grid != null) {
            tables.add(grid);
        }
        if (tables.isEmpty()) {
            boolean hidden = rule.hides(total);
            PublishedFigure value = hidden ? PublishedFigure.hidden(rule.primaryText())
                    : PublishedFigure.shown(r.value());
            return new PublishedIndicator(r, value, PublishedFigure.ABSENT, PublishedFigure.ABSENT,
                    hidden ? PublishedFigure.hidden(ACHIEVED_WITHHELD) : PublishedFigure.shown(r.achieved()), hidden,
                    List.of(), withheld);
        }
        SuppressedCells cells = LinkedTables.of(tables).suppress(rule, withheldCells);
        if (!cells.protectsEveryFigure() && !shownBreakdowns.isEmpty()) {
            return counted(r, rule, "withheld: too few people in each group to show any group safely", Set.of());
        }
        PublishedFigure value = figure(cells.cell(CellKey.TOTAL));
        List<PublishedBreakdown> breakdowns = new ArrayList<>();
        for (Breakdown b : shownBreakdowns) {
            List<PublishedBreakdown.Cell> published = new ArrayList<>();
            for (BreakdownCell c : b.cells()) {
                published.add(new PublishedBreakdown.Cell(c.key(), c.label(),
                        figure(cells.cell(CellKey.of(b.dimension(), c.key())))));
            }
            breakdowns.add(new PublishedBreakdown(b.dimension(), published));
        }
        boolean hidden = value.isSuppressed();
        return new PublishedIndicator(r, value, PublishedFigure.ABSENT, PublishedFigure.ABSENT,
                hidden ? PublishedFigure.hidden(ACHIEVED_WITHHELD) : PublishedFigure.shown(r.achieved()), hidden,
                breakdowns, withheld, grid == null ? null : published(grid, cells));
    }

    private static PublishedGrid published(CountTable grid, SuppressedCells cells) {
        List<List<PublishedFigure>> rows = new ArrayList<>();
        for (int row = 0; row < grid.rows().size(); row++) {
            List<PublishedFigure> figures = new ArrayList<>();
            for (int column = 0; column < grid.columns().size(); column++) {
                figures.add(figure(cells.cell(grid.cellKey(row, column))));
            }
            rows.add(figures);
        }
        return new PublishedGrid(grid.rowDimension(), grid.rows(), grid.columnDimension(), grid.columns(), rows);
    }

    /** A ratio or average built on people: hidden with its numerator or denominator. */
    private PublishedIndicator derived(IndicatorResult r, SuppressionRule rule, String withheld,
                                       boolean numeratorPeople, boolean denominatorPeople) {
        boolean hidden = hides(rule, numeratorPeople ? r.numerator() : null, denominatorPeople ? r.denominator() : null);
        // A withheld ratio is not itself a small number: it is marked like any figure withheld to protect another.
        String mark = CellState.SECONDARY_TEXT;
        List<PublishedBreakdown> breakdowns = new ArrayList<>();
        if (withheld == null) {
            for (Breakdown b : r.breakdowns()) {
                List<PublishedBreakdown.Cell> cells = new ArrayList<>();
                for (BreakdownCell c : b.cells()) {
                    boolean cellHidden = b.dimension().equals(ACTIVITY) && policy.guardsActivity(c.key())
                            || c.numerator() != null
                            ? hides(rule, numeratorPeople ? c.numerator() : null,
                                    denominatorPeople ? c.denominator() : null)
                            : c.value() != null && c.countsPeople() && rule.hides(c.value().longValue());
                    cells.add(new PublishedBreakdown.Cell(c.key(), c.label(),
                            cellHidden ? PublishedFigure.hidden(mark) : PublishedFigure.shown(c.value())));
                }
                breakdowns.add(new PublishedBreakdown(b.dimension(), cells));
            }
        }
        if (!hidden) {
            return new PublishedIndicator(r, PublishedFigure.shown(r.value()), PublishedFigure.shown(r.numerator()),
                    PublishedFigure.shown(r.denominator()), PublishedFigure.shown(r.achieved()), false, breakdowns,
                    withheld);
        }
        return new PublishedIndicator(r, PublishedFigure.hidden(mark), part(rule, r.numerator(), numeratorPeople),
                part(rule, r.denominator(), denominatorPeople), PublishedFigure.hidden(mark), true, breakdowns,
                withheld);
    }

    /** A ratio's part as shown: hidden when it is a small count of people, shown otherwise. */
    private static PublishedFigure part(SuppressionRule rule, BigDecimal value, boolean people) {
        return people && value != null && rule.hides(whole(value)) ? PublishedFigure.hidden(rule.primaryText())
                : PublishedFigure.shown(value);
    }

    /** Whether a part that counts people (null: a part that does not) is hidden, hiding the ratio with it. */
    private static boolean hides(SuppressionRule rule, BigDecimal numerator, BigDecimal denominator) {
        return (numerator != null && rule.hides(whole(numerator)))
                || (denominator != null && rule.hides(whole(denominator)));
    }

    /** Ratio parts such as weeks may be fractional; only whole counts can be small counts of people. */
    private static long whole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 ? v.longValue() : Long.MAX_VALUE;
    }

    private static PublishedFigure figure(ShownCell cell) {
        if (cell.isSuppressed()) {
            return PublishedFigure.hidden(cell.text());
        }
        return PublishedFigure.shown(BigDecimal.valueOf(cell.value().orElseThrow()));
    }
}

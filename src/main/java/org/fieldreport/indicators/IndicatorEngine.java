package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.fieldreport.model.AgeBands;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.IndicatorSource;
import org.fieldreport.model.Measure;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.ReportingPeriod;

/**
 * Computes every declared indicator of a project over a reporting period, from the accepted rows. One engine serves
 * every indicator: a declaration says what to count (see {@link IndicatorDeclaration}); a breakdown cell is the same
 * declaration computed as if the report covered only that cell (a month narrows the dates, a site filters the rows),
 * so a distinct count per month counts each child once in each month, and once in the whole period.
 *
 * <p>Rows outside the period are read only by {@code first_time}, which needs to know whether a child was seen
 * before. Declarations are assumed checked (see the project-file reader): unknown ids or columns are programmer
 * errors here.
 *
 * <p>Rows are read by number, never as objects: each source's columns ({@link SourceRows}) in date order, a span of
 * dates a range of positions, a declaration's filters a bitset, text compared as small codes ({@link OrderedRows}).
 * A row measure is computed for every key of a breakdown in one pass ({@link RowMeasures}) and remembered, so a
 * ratio's parts per site read the pass of the part's own breakdown by site.
 */
public final class IndicatorEngine {

    /** Decimals a ratio is rounded to (half up), once. */
    public static final int RATIO_SCALE = 2;

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private final Project project;
    private final Map<String, IndicatorDeclaration> byId = new LinkedHashMap<>();
    private final Map<IndicatorSource, OrderedRows> sources = new EnumMap<>(IndicatorSource.class);
    private final MoneyFigures money;
    /**
     * Row measures already computed, per code of a breakdown's column: a site's cell, a ratio's numerator for that
     * site and the declaration's own breakdown by site then read one pass.
     */
    private final Map<Tally, long[]> tallies = new ConcurrentHashMap<>();
    /** For {@code first_time}: where each value is first met, per declaration, fixed values and group. */
    private final Map<Tally, int[][]> firsts = new ConcurrentHashMap<>();

    public IndicatorEngine(ProjectData data, MoneyFigures money) {
        this.project = data.project();
        this.money = money;
        for (IndicatorDeclaration d : project.indicators()) {
            byId.put(d.id(), d);
        }
        sources.put(IndicatorSource.OUTREACH_NIGHTS,
                new OrderedRows(IndicatorSource.OUTREACH_NIGHTS, new NightColumns(data.nights())));
        sources.put(IndicatorSource.ATTENDANCE, new OrderedRows(IndicatorSource.ATTENDANCE,
                new AttendanceColumns(data.attendance(), project.ageBands())));
    }

    public IndicatorEngine(ProjectData data) {
        this(data, MoneyFigures.none());
    }

    /** Every indicator of the project, in declaration order. */
    public List<IndicatorResult> compute(ReportingPeriod period) {
        // Indicators are independent of each other: computed on every core, listed in declaration order.
        return byId.values().parallelStream().map(d -> compute(d, period))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** One indicator over the period, with its breakdowns and its standing against the target. */
    public IndicatorResult compute(IndicatorDeclaration d, ReportingPeriod period) {
        Scope whole = new Scope(period.start(), period.end(), Map.of());
        Figure f = evaluate(d, whole);
        List<Breakdown> breakdowns = new ArrayList<>();
        if (f.value() != null) {
            for (String dimension : d.breakdowns()) {
                breakdowns.add(breakdown(d, dimension, whole));
            }
        }
        BigDecimal target = d.target();
        boolean prorated = false;
        BigDecimal exactTarget = target;
        if (target != null && d.prorated()) {
            long yearDays = ChronoUnit.DAYS.between(referenceYearStart(period.start()),
                    referenceYearStart(period.start()).plusMonths(project.yearMonths()));
            if (period.days() != yearDays) {
                prorated = true;
                exactTarget = target.multiply(BigDecimal.valueOf(period.days()))
                        .divide(BigDecimal.valueOf(yearDays), MathContext.DECIMAL128);
                target = exactTarget.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
                if (target.scale() < 0) {
                    target = target.setScale(0);
                }
            }
        }
        BigDecimal achieved = Achievement.percent(f.exact(), exactTarget, d.baseline());
        Status status = Achievement.status(achieved, d.direction(), d.baseline() != null, project.status());
        return new IndicatorResult(d, f.value(), f.numerator(), f.denominator(), f.denominatorUnit(), target,
                prorated, achieved, status, d.isCountOfPeople(), derivedFromPeople(d, new HashSet<>()),
                breakdowns, f.note());
    }

    private LocalDate referenceYearStart(LocalDate date) {
        int n = project.yearOf(date);
        return n == 0 ? date : project.yearStart(n);
    }

    private boolean derivedFromPeople(IndicatorDeclaration d, Set<String> seen) {
        if (d.measure() != Measure.RATIO || !seen.add(d.id())) {
            return false;
        }
        for (String ref : List.of(d.numerator(), d.denominator())) {
            IndicatorDeclaration r = byId.get(ref);
            if (r != null && (r.isCountOfPeople() || derivedFromPeople(r, seen))) {
                return true;
            }
        }
        return false;
    }

    private Breakdown breakdown(IndicatorDeclaration d, String dimension, Scope whole) {
        List<BreakdownCell> cells = new ArrayList<>();
        if (dimension.equals("month") || dimension.equals("quarter")) {
            for (SubPeriods.Piece piece : SubPeriods.of(dimension, project, whole.start(), whole.end())) {
                Figure f = evaluate(d, new Scope(piece.start(), piece.end(), whole.where()));
                cells.add(new BreakdownCell(piece.key(), piece.label(), f.value(), f.numerator(), f.denominator(),
                        d.isCountOfPeople()));
            }
        } else {
            // A row measure counts every key's cell in one pass (see rows()).
            boolean optionalExtras = dimension.equals("sex") || dimension.equals("age_band");
            for (String key : keys(dimension)) {
                Map<String, String> where = new LinkedHashMap<>(whole.where());
                where.put(dimension, key);
                Figure f = evaluate(d, new Scope(whole.start(), whole.end(), where));
                boolean extra = optionalExtras && (key.equals("X") || key.equals(AgeBands.UNKNOWN));
                if (!extra || (f.value() != null && f.value().signum() != 0)) {
                    cells.add(new BreakdownCell(key, key, f.value(), f.numerator(), f.denominator(),
                            d.isCountOfPeople()));
                }
            }
        }
        return new Breakdown(dimension, additive(d, dimension), cells);
    }

    private List<String> keys(String dimension) {
        return switch (dimension) {
            case "site", "area" -> project.sites();
            case "activity" -> project.activities();
            case "sex" -> List.of("F", "M", "X");
            case "age_band" -> {
                List<String> bands = new ArrayList<>(AgeBands.labels(project.ageBands()));
                bands.add(AgeBands.UNKNOWN);
                yield bands;
            }
            default -> throw new IllegalArgumentException("no breakdown by " + dimension);
        };
    }

    private static boolean additive(IndicatorDeclaration d, String dimension) {
        boolean time = dimension.equals("month") || dimension.equals("quarter");
        return switch (d.measure()) {
            case COUNT, SUM -> true;
            case SESSIONS -> !dimension.equals("sex") && !dimension.equals("age_band");
            case FIRST_TIME -> time;
            default -> false;
        };
    }

    /** Where a figure is computed: a half-open span of dates and fixed values for some dimensions. */
    private record Scope(LocalDate start, LocalDate end, Map<String, String> where) {
        long days() {
            return ChronoUnit.DAYS.between(start, end);
        }
    }

    /**
     * A computed figure, with its parts when it is a ratio; {@code exact} is the unrounded ratio that % achieved is
     * computed from, so that the one rounding is the display's.
     */
    private record Figure(BigDecimal value, BigDecimal exact, BigDecimal numerator, BigDecimal denominator,
                          String denominatorUnit, String note) {
        static Figure of(long value) {
            return of(BigDecimal.valueOf(value));
        }

        static Figure of(BigDecimal value) {
            return new Figure(value, value, null, null, null, null);
        }

        static Figure missing(String note) {
            return new Figure(null, null, null, null, null, note);
        }
    }

    private Figure evaluate(IndicatorDeclaration d, Scope scope) {
        return switch (d.measure()) {
            case RATIO -> ratio(d, scope);
            case PERIODS -> periods(d, scope);
            case FINANCE -> money.figure(d.column(), scope.start(), scope.end()).map(Figure::of)
                    .orElse(Figure.missing("not available: finance figures are not computed yet"));
            default -> rows(d, scope);
        };
    }

    /**
     * What one pass of a row measure computes: a declaration over a span of dates, with fixed values for some
     * columns, per code of the {@code group} column (or in total when null). For {@code first_time} the span is
     * left out: where values are first met does not depend on it.
     */
    private record Tally(String id, LocalDate start, LocalDate end, Map<String, String> fixed, String group) {
    }

    /**
     * A row measure over the rows that pass the declaration's filters and match the scope's fixed values. The last
     * fixed value (a breakdown's key) is read as a group: one pass computes the figure of every key of its column.
     */
    private Figure rows(IndicatorDeclaration d, Scope scope) {
        IndicatorSource source = IndicatorSource.fromKey(d.source()).orElseThrow();
        OrderedRows rows = sources.get(source);
        Map<String, String> fixed = new LinkedHashMap<>(scope.where());
        String group = null;
        int code = 0;
        for (String column : scope.where().keySet()) {
            group = column; // the last one
        }
        if (group != null) {
            String key = fixed.remove(group);
            CodedColumn column = rows.column(group);
            if (column == null) {
                return Figure.of(0); // no row of this source has the column, so none holds the key
            }
            code = column.codeOf(key);
            group = source.column(group);
            if (code < 0) {
                return Figure.of(0);
            }
        }
        List<OrderedRows.Condition> conditions = new ArrayList<>();
        for (var f : fixed.entrySet()) {
            CodedColumn column = rows.column(f.getKey());
            if (column == null) {
                return Figure.of(0);
            }
            conditions.add(new OrderedRows.Condition(column, column.codeOf(f.getValue())));
        }
        CodedColumn groupColumn = group == null ? null : rows.column(group);
        int from = rows.position(scope.start());
        int to = rows.position(scope.end());
        if (d.measure() == Measure.FIRST_TIME) {
            // In date order, the first time a value is met is its earliest date: it is new in the scope when that
            // position falls in the scope's span.
            int[][] first = firsts.computeIfAbsent(new Tally(d.id(), null, null, fixed, group),
                    t -> RowMeasures.firstPositions(d, new RowMeasures.Selection(rows, 0, rows.size(),
                            rows.passing(d.filters()), conditions), groupColumn));
            return Figure.of(RowMeasures.firstIn(first[code], from, to));
        }
        long[] values = tallies.computeIfAbsent(new Tally(d.id(), scope.start(), scope.end(), fixed, group),
                t -> RowMeasures.measure(d, new RowMeasures.Selection(rows, from, to, rows.passing(d.filters()),
                        conditions), groupColumn));
        return Figure.of(values[code]);
    }

    private Figure ratio(IndicatorDeclaration d, Scope scope) {
        Figure top = evaluate(byId.get(d.numerator()), scope);
        if (top.value() == null) {
            return Figure.missing(top.note());
        }
        BigDecimal bottom;
        BigDecimal shownBottom;
        String unit;
        if (d.denominator().equals("weeks") || d.denominator().equals("days")) {
            bottom = BigDecimal.valueOf(scope.days());
            unit = d.denominator();
            shownBottom = unit.equals("days") ? bottom : bottom.divide(SEVEN, RATIO_SCALE, RoundingMode.HALF_UP);
        } else {
            IndicatorDeclaration den = byId.get(d.denominator());
            Figure f = evaluate(den, scope);
            if (f.value() == null) {
                return Figure.missing(f.note());
            }
            bottom = f.exact();
            shownBottom = f.value();
            unit = den.unit();
        }
        BigDecimal scaled = top.exact().multiply(d.factor() == null ? BigDecimal.ONE : d.factor());
        if (d.denominator().equals("weeks")) {
            scaled = scaled.multiply(SEVEN); // n / (days / 7), with one division
        }
        if (bottom.signum() == 0) {
            return new Figure(null, null, top.value(), shownBottom, unit, "no denominator: it is zero");
        }
        return new Figure(scaled.divide(bottom, RATIO_SCALE, RoundingMode.HALF_UP),
                scaled.divide(bottom, MathContext.DECIMAL128), top.value(), shownBottom, unit, null);
    }

    private Figure periods(IndicatorDeclaration d, Scope scope) {
        IndicatorDeclaration of = byId.get(d.of());
        int min = d.min() == null ? 1 : d.min();
        List<SubPeriods.Piece> pieces = SubPeriods.of(d.per(), project, scope.start(), scope.end());
        long held = 0;
        for (SubPeriods.Piece piece : pieces) {
            Figure f = evaluate(of, new Scope(piece.start(), piece.end(), scope.where()));
            if (f.value() == null) {
                return Figure.missing(f.note());
            }
            if (f.exact().compareTo(BigDecimal.valueOf(min)) >= 0) {
                held++;
            }
        }
        BigDecimal count = BigDecimal.valueOf(held);
        return new Figure(count, count, count, BigDecimal.valueOf(pieces.size()),
                d.per().equals("quarter") ? "quarters" : "months", null);
    }
}

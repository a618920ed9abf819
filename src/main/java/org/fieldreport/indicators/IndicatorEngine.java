package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>A figure is computed for all the cells of a breakdown at once ({@link Cells}): one pass over the source's rows
 * puts each row in its cell ({@link RowTally}), for the whole period and every breakdown of a declaration together.
 * Figures are remembered per declaration and cells, so a ratio's parts by site are the parts' own breakdowns by
 * site. Rows outside the period are read only by {@code first_time}, which needs to know whether a child was seen
 * before. Declarations are assumed checked (see the project-file reader): unknown ids or columns are programmer
 * errors here.
 */
public final class IndicatorEngine {

    /** Decimals a ratio is rounded to (half up), once. */
    public static final int RATIO_SCALE = 2;

    private final Project project;
    private final Map<String, IndicatorDeclaration> byId = new LinkedHashMap<>();
    private final Map<IndicatorSource, SourceColumns> sources = new EnumMap<>(IndicatorSource.class);
    private final MoneyFigures money;
    private final AbsentColumns absent;
    /** Figures already computed, by declaration and cells. */
    private final Map<Computed, Figure[]> computed = new HashMap<>();

    private record Computed(String id, Cells cells) {
    }

    public IndicatorEngine(ProjectData data, MoneyFigures money) {
        this.project = data.project();
        this.money = money;
        this.absent = new AbsentColumns(data.sources());
        for (IndicatorDeclaration d : project.indicators()) {
            byId.put(d.id(), d);
        }
        sources.put(IndicatorSource.OUTREACH_NIGHTS, SourceColumns.nights(data.nights()));
        sources.put(IndicatorSource.ATTENDANCE, SourceColumns.attendance(data.attendance(), project.ageBands()));
    }

    public IndicatorEngine(ProjectData data) {
        this(data, MoneyFigures.none());
    }

    /** Every indicator of the project, in declaration order. */
    public List<IndicatorResult> compute(ReportingPeriod period) {
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorDeclaration d : byId.values()) {
            results.add(compute(d, period));
        }
        return results;
    }

    /** One indicator over the period, with its breakdowns and its standing against the target. */
    public IndicatorResult compute(IndicatorDeclaration d, ReportingPeriod period) {
        Cells whole = Cells.whole(period.start(), period.end());
        Map<String, Cells> byDimension = new LinkedHashMap<>();
        for (String dimension : d.breakdowns()) {
            byDimension.put(dimension, cells(dimension, period.start(), period.end()));
        }
        tallyTogether(d, whole, byDimension.values());
        Figure f = evaluate(d, whole)[0];
        List<Breakdown> breakdowns = new ArrayList<>();
        if (f.value() != null) {
            for (var b : byDimension.entrySet()) {
                breakdowns.add(breakdown(d, b.getKey(), b.getValue()));
            }
        }
        PeriodTarget periodTarget = PeriodTarget.of(d, period, project);
        BigDecimal target = periodTarget.value();
        boolean prorated = periodTarget.prorated();
        BigDecimal achieved = Achievement.percent(f.exact(), target, d.baseline());
        Status status = Achievement.status(achieved, d.direction(), d.baseline() != null, project.status());
        return new IndicatorResult(d, f.value(), f.numerator(), f.denominator(), f.denominatorUnit(), target,
                prorated, achieved, status, d.isCountOfPeople(), derivedFromPeople(d, new HashSet<>()),
                breakdowns, f.note());
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

    /** The cells of a breakdown: the months or quarters of the span, or the keys of a dimension over all of it. */
    private Cells cells(String dimension, LocalDate start, LocalDate end) {
        if (dimension.equals("month") || dimension.equals("quarter")) {
            return new Cells(SubPeriods.of(dimension, project, start, end).stream()
                    .map(p -> new Cells.Span(p.start(), p.end())).toList(), null, List.of());
        }
        return new Cells(List.of(new Cells.Span(start, end)), dimension, keys(dimension));
    }

    /**
     * Computes a row measure for the whole period and every breakdown in one pass over its rows, so that each is then
     * known; other measures are computed from their parts as they are asked for.
     */
    private void tallyTogether(IndicatorDeclaration d, Cells whole, Collection<Cells> breakdowns) {
        if (d.measure() == Measure.RATIO || d.measure() == Measure.PERIODS || d.measure() == Measure.FINANCE
                || absent.note(d) != null) {
            return;
        }
        List<Cells> all = new ArrayList<>(List.of(whole));
        all.addAll(breakdowns);
        all.removeIf(c -> computed.containsKey(new Computed(d.id(), c)));
        long[][] counts = RowTally.of(d, sources.get(IndicatorSource.fromKey(d.source()).orElseThrow()), all);
        for (int i = 0; i < all.size(); i++) {
            computed.put(new Computed(d.id(), all.get(i)), figures(counts[i]));
        }
    }

    private Breakdown breakdown(IndicatorDeclaration d, String dimension, Cells of) {
        List<BreakdownCell> cells = new ArrayList<>();
        Figure[] figures = evaluate(d, of);
        if (of.dimension() == null) {
            List<SubPeriods.Piece> pieces = SubPeriods.of(dimension, project, of.spans().get(0).start(),
                    of.spans().get(of.spans().size() - 1).end());
            for (int i = 0; i < pieces.size(); i++) {
                cells.add(cell(d, pieces.get(i).key(), pieces.get(i).label(), figures[i]));
            }
        } else {
            boolean optionalExtras = dimension.equals("sex") || dimension.equals("age_band");
            for (int i = 0; i < of.keys().size(); i++) {
                String key = of.keys().get(i);
                Figure f = figures[i];
                boolean extra = optionalExtras && (key.equals("X") || key.equals(AgeBands.UNKNOWN));
                if (!extra || (f.value() != null && f.value().signum() != 0)) {
                    cells.add(cell(d, key, key, f));
                }
            }
        }
        return new Breakdown(dimension, additive(d, dimension), cells);
    }

    private static BreakdownCell cell(IndicatorDeclaration d, String key, String label, Figure f) {
        return new BreakdownCell(key, label, f.value(), f.numerator(), f.denominator(), d.isCountOfPeople());
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

    /** The figure of {@code d} in each cell, by cell. */
    private Figure[] evaluate(IndicatorDeclaration d, Cells cells) {
        Computed key = new Computed(d.id(), cells);
        Figure[] known = computed.get(key);
        if (known != null) {
            return known;
        }
        String absentColumn = absent.note(d);
        Figure[] figures = absentColumn != null ? missing(absentColumn, cells.size()) : switch (d.measure()) {
            case RATIO -> ratio(d, cells);
            case PERIODS -> periods(d, cells);
            case FINANCE -> finance(d, cells);
            default -> rows(d, cells);
        };
        computed.put(key, figures);
        return figures;
    }

    private static Figure[] missing(String note, int cells) {
        Figure[] figures = new Figure[cells];
        java.util.Arrays.fill(figures, Figure.missing(note));
        return figures;
    }

    private Figure[] rows(IndicatorDeclaration d, Cells cells) {
        SourceColumns rows = sources.get(IndicatorSource.fromKey(d.source()).orElseThrow());
        return figures(RowTally.of(d, rows, List.of(cells))[0]);
    }

    private static Figure[] figures(long[] counts) {
        Figure[] figures = new Figure[counts.length];
        for (int c = 0; c < counts.length; c++) {
            figures[c] = Figure.of(counts[c]);
        }
        return figures;
    }

    private Figure[] finance(IndicatorDeclaration d, Cells cells) {
        Figure[] figures = new Figure[cells.size()];
        for (int c = 0; c < figures.length; c++) {
            Cells.Span span = cells.span(c);
            figures[c] = money.figure(d.column(), span.start(), span.end()).map(Figure::of)
                    .orElse(Figure.missing("not available: finance figures are not computed yet"));
        }
        return figures;
    }

    private Figure[] ratio(IndicatorDeclaration d, Cells cells) {
        Figure[] tops = evaluate(byId.get(d.numerator()), cells);
        boolean perTime = d.denominator().equals("weeks") || d.denominator().equals("days");
        IndicatorDeclaration den = perTime ? null : byId.get(d.denominator());
        Figure[] bottoms = perTime ? null : evaluate(den, cells);
        Figure[] figures = new Figure[cells.size()];
        for (int c = 0; c < figures.length; c++) {
            figures[c] = Figure.ratio(d, tops[c], perTime ? null : bottoms[c],
                    perTime ? d.denominator() : den.unit(), cells.span(c).days());
        }
        return figures;
    }

    /**
     * For each cell, how many of its span's months or quarters the indicator {@code of} reached {@code min} in: the
     * sub-periods of every span are the cells of one computation of {@code of}.
     */
    private Figure[] periods(IndicatorDeclaration d, Cells cells) {
        IndicatorDeclaration of = byId.get(d.of());
        BigDecimal min = BigDecimal.valueOf(d.min() == null ? 1 : d.min());
        List<Cells.Span> pieces = new ArrayList<>();
        List<Integer> spanOfPiece = new ArrayList<>();
        for (int s = 0; s < cells.spans().size(); s++) {
            Cells.Span span = cells.spans().get(s);
            for (SubPeriods.Piece piece : SubPeriods.of(d.per(), project, span.start(), span.end())) {
                pieces.add(new Cells.Span(piece.start(), piece.end()));
                spanOfPiece.add(s);
            }
        }
        Figure[] ofPieces = evaluate(of, new Cells(pieces, cells.dimension(), cells.keys()));
        int spans = cells.spans().size();
        long[] held = new long[cells.size()];
        long[] count = new long[cells.size()];
        String[] missing = new String[cells.size()];
        for (int k = 0; k < cells.keys().size(); k++) {
            for (int p = 0; p < pieces.size(); p++) {
                int cell = k * spans + spanOfPiece.get(p);
                Figure f = ofPieces[k * pieces.size() + p];
                count[cell]++;
                if (f.value() == null) {
                    missing[cell] = missing[cell] == null ? f.note() : missing[cell];
                } else if (f.exact().compareTo(min) >= 0) {
                    held[cell]++;
                }
            }
        }
        String unit = d.per().equals("quarter") ? "quarters" : "months";
        Figure[] figures = new Figure[cells.size()];
        for (int c = 0; c < figures.length; c++) {
            BigDecimal n = BigDecimal.valueOf(held[c]);
            figures[c] = missing[c] != null ? Figure.missing(missing[c])
                    : new Figure(n, n, n, BigDecimal.valueOf(count[c]), unit, null);
        }
        return figures;
    }
}

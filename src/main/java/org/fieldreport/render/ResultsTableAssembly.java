package org.fieldreport.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.Measure;
import org.fieldreport.model.StatusThresholds;
import org.fieldreport.privacy.PublishedBreakdown;
import org.fieldreport.privacy.PublishedFigure;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.render.text.FigureText;
import org.fieldreport.render.text.Figures;

/**
 * The report's results table: one row per published indicator (baseline, target, actual, % achieved, status in
 * colour and words, numerator and denominator of ratios, the site, area and sex breakdowns inline) and the notes
 * under it; and the same figures as text for the narrative to quote.
 */
final class ResultsTableAssembly {

    /** Breakdowns shown inline in the results table, in this order of preference. */
    private static final List<String> INLINE = List.of("site", "area", "sex");

    private ResultsTableAssembly() {
    }

    static ResultsTable table(List<PublishedIndicator> indicators, String currency, StatusThresholds thresholds) {
        return table(indicators, currency, thresholds, false);
    }

    /**
     * The table; with {@code budgetShown}, finance figures are left out of it, since the budget and funding tables
     * show them with their context.
     */
    static ResultsTable table(List<PublishedIndicator> indicators, String currency, StatusThresholds thresholds,
            boolean budgetShown) {
        List<ResultRow> rows = new ArrayList<>();
        boolean prorated = false;
        boolean overlapping = false;
        List<String> sensitive = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (PublishedIndicator p : indicators) {
            IndicatorDeclaration d = p.declaration();
            if (budgetShown && d.measure() == Measure.FINANCE) {
                continue;
            }
            prorated |= p.targetProrated();
            overlapping |= sitesOverlap(p);
            if (p.breakdownsWithheld() != null) {
                (p.breakdownsWithheld().startsWith("sensitive") ? sensitive : small).add(d.label().toLowerCase(
                        java.util.Locale.ROOT));
            }
            String target = p.target() == null ? "" : number(p.target(), d, currency) + (p.targetProrated() ? "*" : "");
            String achieved = p.achieved().isSuppressed() ? p.achieved().mark()
                    : p.achieved().isPresent() ? ReportPercent.of(p.achieved().value()) : "";
            rows.add(new ResultRow(section(d), d.id(), d.label(),
                    d.baseline() == null ? "" : number(d.baseline(), d, currency), target,
                    p.available() ? text(p.value(), d, currency) : "n/a", achieved, Status.of(p),
                    p.numerator().isPresent() || p.numerator().isSuppressed()
                            ? withUnit(text(p.numerator(), d, currency), numeratorUnit(d, indicators)) : "",
                    p.denominator().isPresent() || p.denominator().isSuppressed()
                            ? (d.measure() == Measure.RATIO ? "in " : "of ") + withUnit(denominator(p.denominator()),
                            p.denominatorUnit()) : "",
                    inline(p, currency), needsNote(p), ""));
        }
        List<String> notes = new ArrayList<>();
        if (prorated) {
            notes.add("* The yearly target is pro-rated by days to the reporting period.");
        }
        if (overlapping) {
            notes.add("A child who attends at more than one site is counted once in the total and once at each site,"
                    + " so the sites can add up to more than the total.");
        }
        List<String> methods = new ArrayList<>();
        methods.add("Achieved is the actual value as a share of the target (or of the change from the baseline),"
                + " rounded half up to one decimal; green at " + thresholds.green().toPlainString()
                + "% or more, amber from " + thresholds.amber().toPlainString() + "%, red below (project.yaml"
                + " status); no status where no target applies to the period.");
        if (!sensitive.isEmpty()) {
            methods.add("Breakdowns by site, sex and age are not shown for sensitive figures (" + String.join(", ",
                    sensitive) + ").");
        }
        if (!small.isEmpty()) {
            methods.add("Breakdowns are not shown where their groups are too small (" + String.join(", ", small)
                    + ").");
        }
        return new ResultsTable(rows, notes, methods);
    }

    /** "258 nights": a ratio's part with its unit, when it has one. */
    private static String withUnit(String figure, String unit) {
        return unit == null || unit.isBlank() ? figure : figure + " " + unit;
    }

    /** The unit of a ratio's numerator: that of the indicator it names, such as "nights" or "attendances". */
    private static String numeratorUnit(IndicatorDeclaration ratio, List<PublishedIndicator> indicators) {
        return indicators.stream().map(PublishedIndicator::declaration)
                .filter(d -> d.id().equals(ratio.numerator())).map(IndicatorDeclaration::unit)
                .findFirst().orElse(null);
    }

    /** A denominator as people read it: whole sessions, or weeks to one decimal ("52.1"). */
    private static String denominator(PublishedFigure f) {
        if (f.isSuppressed() || !f.isPresent()) {
            return f.isSuppressed() ? f.mark() : "\u2013";
        }
        BigDecimal v = f.value().setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return Figures.of(v.scale() < 0 ? v.setScale(0) : v);
    }

    /** Whether the sites of a count of distinct people add up to more than its total, as a child may attend both. */
    private static boolean sitesOverlap(PublishedIndicator p) {
        if (!p.value().isPresent()) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PublishedBreakdown b : p.breakdowns()) {
            if (b.dimension().equals("site")) {
                for (PublishedBreakdown.Cell c : b.cells()) {
                    if (c.figure().isPresent()) {
                        sum = sum.add(c.figure().value());
                    }
                }
            }
        }
        return sum.compareTo(p.value().value()) > 0;
    }

    /** The figures narrative may quote by indicator id, as the results table shows them. */
    static Map<String, String> narrativeFigures(List<PublishedIndicator> indicators, String currency) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (PublishedIndicator p : indicators) {
            figures.put(p.id(), text(p.value(), p.declaration(), currency));
        }
        return figures;
    }

    private static String section(IndicatorDeclaration d) {
        return d.section() == null ? "" : d.section();
    }

    private static boolean needsNote(PublishedIndicator p) {
        return p.status().map(s -> s == org.fieldreport.indicators.Status.AMBER
                || s == org.fieldreport.indicators.Status.RED).orElse(false);
    }

    private static String inline(PublishedIndicator p, String currency) {
        if (p.breakdownsWithheld() != null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String dimension : INLINE) {
            for (PublishedBreakdown b : p.breakdowns()) {
                if (!b.dimension().equals(dimension)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (PublishedBreakdown.Cell c : b.cells()) {
                    if (c.figure().isPresent() && c.figure().value().signum() == 0) {
                        continue;
                    }
                    cells.add(cellLabel(dimension, c.label()) + " " + text(c.figure(), p.declaration(), currency));
                }
                if (cells.size() > 1) {
                    parts.add(String.join(" · ", cells));
                }
            }
        }
        return String.join(" · ", parts);
    }

    private static String cellLabel(String dimension, String label) {
        if (dimension.equals("sex")) {
            return switch (label) {
                case "F" -> "girls";
                case "M" -> "boys";
                default -> "other";
            };
        }
        return label;
    }

    private static String number(BigDecimal value, IndicatorDeclaration d, String currency) {
        return value == null ? "–" : format(value, d, currency);
    }

    /** A published figure as people read it: its mark, money to the cent, or an exact grouped number. */
    private static String text(PublishedFigure f, IndicatorDeclaration d, String currency) {
        if (f.isSuppressed()) {
            return f.mark();
        }
        if (!f.isPresent()) {
            return "–";
        }
        return format(f.value(), d, currency);
    }

    /** A shown value: money to the cent, or an exact grouped number. */
    private static String format(BigDecimal value, IndicatorDeclaration d, String currency) {
        return d.measure() == Measure.FINANCE ? FigureText.money(value, currency) : Figures.of(value);
    }
}

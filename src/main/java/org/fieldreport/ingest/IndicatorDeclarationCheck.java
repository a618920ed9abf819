package org.fieldreport.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldreport.model.AgeBands;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.IndicatorSource;
import org.fieldreport.model.Measure;
import org.fieldreport.problem.ClosestName;

/**
 * Checks the {@code indicators} of a project file against the rest of it: every source, column, filter value,
 * breakdown and referenced indicator must exist, and no ratio may refer to itself through others. Each problem
 * names the JSON pointer of the offending key, which the reader turns into a line.
 */
final class IndicatorDeclarationCheck {

    private static final List<String> PER = List.of("month", "quarter");
    private static final List<String> SEXES = List.of("F", "M", "X");
    /** The keys of {@code targets}: a period length, or a period's key as --period writes it. */
    private static final java.util.regex.Pattern TARGET_KEY = java.util.regex.Pattern.compile(
            "year|quarter|month|Y\\d{1,2}|Y\\d{1,2}-Q[1-4]|\\d{4}|\\d{4}-Q[1-4]|\\d{4}-(0[1-9]|1[0-2])");

    private final List<IndicatorDeclaration> declared;
    private final List<String> sites;
    private final List<String> activities;
    private final List<Integer> ageBands;
    private final int yearMonths;
    private final DeclarationFindings out;
    private final Map<String, IndicatorDeclaration> byId = new HashMap<>();

    IndicatorDeclarationCheck(List<IndicatorDeclaration> declared, List<String> sites, List<String> activities,
                              List<Integer> ageBands, int yearMonths, DeclarationFindings out) {
        this.declared = declared;
        this.sites = sites;
        this.activities = activities;
        this.ageBands = ageBands;
        this.yearMonths = yearMonths;
        this.out = out;
        for (IndicatorDeclaration d : declared) {
            if (d != null && d.id() != null) {
                byId.putIfAbsent(d.id(), d);
            }
        }
    }

    void run() {
        for (int i = 0; i < declared.size(); i++) {
            IndicatorDeclaration d = declared.get(i);
            if (d != null && d.id() != null && !d.id().isBlank()) {
                check("/indicators/" + i, d);
            }
        }
    }

    private void targets(String at, String name, IndicatorDeclaration d) {
        if (d.targets().containsKey("year") && d.target() != null) {
            out.error(at + "/targets/year", name + " declares its yearly target twice, as `target` and as"
                    + " `targets: {year: ...}`", "keep one of the two");
        }
        for (var t : new java.util.TreeMap<>(d.targets()).entrySet()) {
            if (!TARGET_KEY.matcher(t.getKey()).matches()) {
                out.error(at + "/targets/" + t.getKey(), name + ": targets key \"" + t.getKey() + "\" is not a"
                        + " period length or a period", "use year, quarter or month, or a period such as Y1, Y1-Q2,"
                        + " 2019, 2019-Q2 or 2019-06");
            } else if (t.getValue() == null || t.getValue().signum() < 0) {
                out.error(at + "/targets/" + t.getKey(), name + ": the target for " + t.getKey()
                        + " must be a number of 0 or more", null);
            } else if (d.measure() == Measure.FINANCE) {
                out.error(at + "/targets/" + t.getKey(), name + " is a finance figure and has no target", null);
            }
        }
    }

    private void check(String at, IndicatorDeclaration d) {
        String name = "indicator \"" + d.id() + "\"";
        if (d.measure() == null) {
            out.error(at + "/id", name + " has no measure", "add `measure:` (count, distinct, sum, sessions, "
                    + "first_time, regular, ratio, periods or finance)");
            return;
        }
        IndicatorSource source = null;
        boolean needsRows = switch (d.measure()) {
            case RATIO, PERIODS, FINANCE -> false;
            default -> true;
        };
        if (needsRows) {
            List<String> rowSources = IndicatorSource.keys();
            if (d.source() == null) {
                out.error(at + "/id", name + " has no source", "add `source:` (" + String.join(" or ", rowSources)
                        + ")");
                return;
            }
            source = IndicatorSource.fromKey(d.source()).orElse(null);
            if (source == null) {
                out.error(at + "/source", name + ": unknown source \"" + d.source() + "\"", didYouMean(d.source(),
                        rowSources, "sources"));
                return;
            }
        }
        switch (d.measure()) {
            case DISTINCT, FIRST_TIME, REGULAR -> column(at, name, d, source.textColumns(), source);
            case SUM -> column(at, name, d, source.numberColumns(), source);
            case RATIO -> ratio(at, name, d);
            case PERIODS -> periods(at, name, d);
            case FINANCE -> {
                if (d.column() == null || d.column().isBlank()) {
                    out.error(at + "/id", name + " needs `column`, the finance figure it shows",
                            "for example budget, spent or received");
                }
            }
            default -> {
            }
        }
        if (d.measure() == Measure.REGULAR && (d.min() == null || d.min() < 1)) {
            out.error(at + (d.min() == null ? "/id" : "/min"), name + " needs `min`, the least number of "
                    + "attendances that makes a regular attender (1 or more)", null);
        }
        targets(at, name, d);
        if (source != null) {
            filters(at, name, d, source);
        } else if (!d.filters().isEmpty()) {
            out.error(at + "/filters", name + " is a " + d.measure().key() + " and cannot have filters",
                    "put the filters on the indicators it is computed from");
        }
        Set<String> dimensions = dimensions(d, new HashSet<>());
        for (int j = 0; j < d.breakdowns().size(); j++) {
            String b = d.breakdowns().get(j);
            if (b == null || !dimensions.contains(b)) {
                out.error(at + "/breakdowns/" + j, name + " cannot be broken down by \"" + b + "\"",
                        dimensions.isEmpty() ? "it has no breakdowns" : didYouMean(String.valueOf(b),
                                List.copyOf(dimensions), "breakdowns available"));
            } else if (b.equals("quarter") && yearMonths % 4 != 0) {
                out.error(at + "/breakdowns/" + j, name + ": a project year of " + yearMonths
                        + " months has no quarters", null);
            }
        }
    }

    private void column(String at, String name, IndicatorDeclaration d, List<String> allowed, IndicatorSource source) {
        if (d.column() == null) {
            out.error(at + "/id", name + " needs `column` for measure " + d.measure().key(),
                    "columns of " + source.key() + ": " + String.join(", ", allowed));
        } else if (!allowed.contains(source.column(d.column()))) {
            out.error(at + "/column", name + ": \"" + d.column() + "\" is not a "
                    + (d.measure() == Measure.SUM ? "number " : "") + "column of " + source.key(),
                    didYouMean(d.column(), allowed, "columns"));
        }
    }

    private void ratio(String at, String name, IndicatorDeclaration d) {
        reference(at, "numerator", name, d.numerator(), d.id());
        if (d.denominator() == null) {
            out.error(at + "/id", name + " needs `denominator` (an indicator id, weeks or days)", null);
        } else if (!d.denominator().equals("weeks") && !d.denominator().equals("days")) {
            reference(at, "denominator", name, d.denominator(), d.id());
        }
    }

    private void periods(String at, String name, IndicatorDeclaration d) {
        reference(at, "of", name, d.of(), d.id());
        if (d.per() == null || !PER.contains(d.per())) {
            out.error(at + (d.per() == null ? "/id" : "/per"), name + " needs `per: month` or `per: quarter`", null);
        } else if (d.per().equals("quarter") && yearMonths % 4 != 0) {
            out.error(at + "/per", name + ": a project year of " + yearMonths + " months has no quarters", null);
        }
        if (d.min() != null && d.min() < 1) {
            out.error(at + "/min", name + ": min must be 1 or more", null);
        }
    }

    private void reference(String at, String key, String name, String ref, String self) {
        if (ref == null) {
            out.error(at + "/id", name + " needs `" + key + "` (the id of another indicator)", null);
        } else if (!byId.containsKey(ref)) {
            out.error(at + "/" + key, name + ": " + key + " \"" + ref + "\" is not an indicator of this project",
                    didYouMean(ref, List.copyOf(byId.keySet()), "indicators"));
        } else if (refersTo(ref, self, new HashSet<>())) {
            out.error(at + "/" + key, name + " depends on itself through \"" + ref + "\"", null);
        }
    }

    private boolean refersTo(String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        IndicatorDeclaration d = byId.get(from);
        if (d == null || !seen.add(from)) {
            return false;
        }
        for (String next : references(d)) {
            if (refersTo(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> references(IndicatorDeclaration d) {
        List<String> refs = new ArrayList<>();
        if (d.measure() == Measure.RATIO) {
            refs.add(d.numerator());
            refs.add(d.denominator());
        } else if (d.measure() == Measure.PERIODS) {
            refs.add(d.of());
        }
        refs.removeIf(r -> r == null);
        return refs;
    }

    private void filters(String at, String name, IndicatorDeclaration d, IndicatorSource source) {
        for (var filter : d.filters().entrySet()) {
            String column = filter.getKey();
            String where = at + "/filters/" + column;
            if (!source.hasTextColumn(column)) {
                out.error(where, name + ": cannot filter on \"" + column + "\", not a column of " + source.key(),
                        didYouMean(column, source.textColumns(), "columns"));
                continue;
            }
            List<String> known = switch (source.column(column)) {
                case "site", "area" -> sites;
                case "activity" -> activities;
                case "sex" -> SEXES;
                case "age_band" -> withUnknown(AgeBands.labels(ageBands));
                default -> null;
            };
            List<String> values = filter.getValue() == null ? List.of() : filter.getValue();
            if (values.isEmpty()) {
                out.error(where, name + ": filter \"" + column + "\" lists no values", null);
            }
            for (int j = 0; j < values.size(); j++) {
                String v = values.get(j);
                if (known != null && !known.contains(v)) {
                    out.error(where + "/" + j, name + ": filter value \"" + v + "\" is not a known " + column
                            + " of this project", didYouMean(String.valueOf(v), known, column + " values"));
                }
            }
        }
    }

    private static List<String> withUnknown(List<String> labels) {
        List<String> all = new ArrayList<>(labels);
        all.add(AgeBands.UNKNOWN);
        return all;
    }

    /** The breakdowns an indicator supports: its source's, or those every indicator it is computed from supports. */
    private Set<String> dimensions(IndicatorDeclaration d, Set<String> seen) {
        if (!seen.add(d.id())) {
            return Set.of();
        }
        if (d.measure() == Measure.FINANCE) {
            return Set.of();
        }
        if (d.measure() != Measure.RATIO && d.measure() != Measure.PERIODS) {
            return Optional.ofNullable(d.source()).flatMap(IndicatorSource::fromKey)
                    .map(s -> (Set<String>) new LinkedHashSet<>(s.dimensions())).orElse(Set.of());
        }
        Set<String> common = null;
        for (String ref : references(d)) {
            IndicatorDeclaration r = byId.get(ref);
            if (r == null) {
                continue;
            }
            Set<String> dims = new LinkedHashSet<>(dimensions(r, new HashSet<>(seen)));
            if (common == null) {
                common = dims;
            } else {
                common.retainAll(dims);
            }
        }
        return common == null ? Set.of() : common;
    }

    private static String didYouMean(String wanted, List<String> known, String what) {
        return ClosestName.among(wanted, known).map(c -> "did you mean \"" + c + "\"?")
                .orElse(what + ": " + String.join(", ", known.stream().sorted().toList()));
    }
}

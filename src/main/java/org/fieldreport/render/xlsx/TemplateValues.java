package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a workbook template can name: the workbook view's published values (already suppressed for the audience)
 * as maps and lists of text, numbers, dates and yes/no, under {@code project}, {@code period}, {@code audience},
 * {@code budget}, {@code funding}, {@code expenses}, {@code months} and {@code indicators}. Money is in the
 * reporting currency, shares are fractions (0.25 is 25 %), a withheld figure is its marker as text. Every text is
 * as a cell can hold it. It also remembers which budget lines a placeholder read, so the audit can name the lines
 * no row shows.
 */
final class TemplateValues {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<Object, String> lineCodes = new IdentityHashMap<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final List<String> allLines = new ArrayList<>();

    TemplateValues(WorkbookView view) {
        WorkbookView.Summary s = view.summary();
        root.put("project", map("code", s.projectCode(), "name", s.projectName(), "location", s.location(),
                "partner", s.partner(), "funder", s.funder(), "currency", view.reportingCurrency()));
        WorkbookView.Counted counted = view.budget().counted();
        root.put("period", map("label", s.periodLabel(), "yearStart", counted == null ? null : counted.yearStart(),
                "start", counted == null ? null : counted.periodStart(),
                "end", counted == null ? null : counted.lastDay()));
        root.put("audience", map("name", view.audience().name(), "confidential", view.audience().confidential(),
                "suppression", view.audience().suppressionRule()));
        root.put("budget", budget(view.budget()));
        root.put("funding", funding(view.funding()));
        root.put("expenses", expenses(view.expenses()));
        root.put("months", months(view.outreach()));
        List<Object> indicators = new ArrayList<>();
        Map<String, Object> byId = new LinkedHashMap<>();
        for (WorkbookView.ResultRow r : view.results()) {
            Map<String, Object> row = map("id", r.id(), "label", r.indicator(), "unit", r.unit(),
                    "baseline", figure(r.baseline()), "target", figure(r.target()), "actual", figure(r.actual()),
                    "achieved", r.achieved(), "status", r.status());
            indicators.add(row);
            byId.put(r.id(), row);
        }
        root.put("indicators", List.copyOf(indicators));
        root.put("indicator", Collections.unmodifiableMap(byId));
    }

    /** The values, as JXLS's data map (which JXLS adds its loop variables to while it fills). */
    Map<String, Object> data() {
        return new LinkedHashMap<>(root);
    }

    /** Notes that a placeholder read a value of {@code map}: when it is a budget line, that line is shown. */
    void shown(Map<?, ?> map) {
        String code = lineCodes.get(map);
        if (code != null) {
            shown.add(code);
        }
    }

    /** The project's budget lines that no placeholder read, in budget order. */
    List<String> linesNotShown() {
        return allLines.stream().filter(code -> !shown.contains(code)).toList();
    }

    private Map<String, Object> budget(WorkbookView.Budget budget) {
        List<Object> lines = new ArrayList<>();
        Map<String, Object> byCode = new LinkedHashMap<>();
        List<Object> headings = new ArrayList<>();
        Map<String, Object> byName = new LinkedHashMap<>();
        for (WorkbookView.BudgetHeading h : budget.headings()) {
            List<Object> under = new ArrayList<>();
            for (WorkbookView.BudgetLineRow l : h.lines()) {
                Map<String, Object> line = figures(l.figures(), "code", l.code(), "name", l.name(),
                        "heading", h.name(), "note", l.note(), "flagged", l.flagged());
                lineCodes.put(line, l.code());
                allLines.add(l.code());
                under.add(line);
                lines.add(line);
                byCode.put(text(l.code()), line);
            }
            Map<String, Object> heading = figures(h.subtotal(), "name", h.name(), "lines", List.copyOf(under),
                    "flagged", h.flagged());
            headings.add(heading);
            byName.put(text(h.name()), heading);
        }
        return map("title", budget.title(), "rule", budget.rule(), "lines", List.copyOf(lines),
                "line", Collections.unmodifiableMap(byCode), "headings", List.copyOf(headings),
                "heading", Collections.unmodifiableMap(byName),
                "total", figures(budget.total(), "flagged", budget.totalFlagged()));
    }

    private static Map<String, Object> figures(WorkbookView.BudgetFigures f, Object... more) {
        Map<String, Object> m = new LinkedHashMap<>(map(more));
        m.put("budget", f.budget());
        m.put("budgetToDate", f.budgetToDate());
        m.put("periodActual", f.periodActual());
        m.put("actual", f.actual());
        m.put("remaining", f.remaining());
        m.put("spent", f.spent());
        m.put("variance", f.variance());
        m.put("varianceShare", f.varianceShare());
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> funding(WorkbookView.Funding f) {
        List<Object> donors = new ArrayList<>();
        for (WorkbookView.DonorRow d : f.donors()) {
            donors.add(map("donor", d.donor(), "pledged", d.pledged(), "commitments", d.commitments(),
                    "received", d.received(), "receivedWithoutCommitment", d.receivedWithoutCommitment()));
        }
        List<Object> entries = new ArrayList<>();
        for (WorkbookView.FundingRow e : f.rows()) {
            entries.add(map("date", e.date(), "kind", e.kind(), "funder", e.funder(), "amount", e.amount(),
                    "currency", e.currency(), "reference", e.reference()));
        }
        return map("pledged", f.pledged(), "commitments", f.commitments(),
                "receivedWithoutCommitment", f.receivedWithoutCommitment(), "committed", f.committed(),
                "received", f.received(), "budget", f.budget(), "coverage", f.coverage(), "status", f.status(),
                "warning", f.warning(), "donors", List.copyOf(donors), "entries", List.copyOf(entries));
    }

    private static List<Object> expenses(List<WorkbookView.ExpenseRow> expenses) {
        List<Object> rows = new ArrayList<>();
        for (WorkbookView.ExpenseRow e : expenses) {
            rows.add(map("date", e.date(), "line", e.lineCode(), "description", e.description(),
                    "amountBooked", e.originalAmount(), "currencyBooked", e.originalCurrency(), "rate", e.rate(),
                    "rateDate", e.rateDate(), "rateSource", e.rateSource(), "amount", e.amount(),
                    "reference", e.reference()));
        }
        return List.copyOf(rows);
    }

    private static List<Object> months(WorkbookView.Outreach outreach) {
        List<Object> rows = new ArrayList<>();
        for (WorkbookView.OutreachMonth m : outreach.months()) {
            rows.add(map("month", m.month().atDay(1), "label", m.month().getMonth().getDisplayName(TextStyle.SHORT,
                    Locale.ENGLISH) + " " + m.month().getYear(), "nights", m.totalNights()));
        }
        return List.copyOf(rows);
    }

    /** A figure as a cell shows it: its number, its marker as text when withheld, nothing when missing. */
    private static Object figure(Figure f) {
        if (f instanceof Figure.Value v) {
            return v.number();
        }
        return f instanceof Figure.Suppressed s ? text(s.marker()) : null;
    }

    /** A map of the given keys and values, texts made storable, numbers of any kind as exact decimals. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v instanceof String t) {
                v = text(t);
            } else if (v instanceof Long n) {
                v = BigDecimal.valueOf(n);
            } else if (v instanceof Integer n) {
                v = BigDecimal.valueOf(n);
            }
            m.put((String) keysAndValues[i], v);
        }
        return Collections.unmodifiableMap(m);
    }

    private static String text(String t) {
        return t == null ? null : SheetCells.storable(t);
    }
}

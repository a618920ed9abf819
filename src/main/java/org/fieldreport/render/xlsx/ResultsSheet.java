package org.fieldreport.render.xlsx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.fieldreport.render.xlsx.WorkbookStyles.Look;

/**
 * The Results sheet: the logframe table, with % achieved as a live formula (actual ÷ target, or (actual − baseline)
 * ÷ (target − baseline) when a baseline is given, as the engine counts it) wherever they are shown as numbers.
 * Where the actual is suppressed, % achieved shows the same marker: a share derived from a suppressed count is
 * suppressed with it. The status is in words ("On track", "Withheld"), coloured by a conditional
 * format.
 */
final class ResultsSheet {

    static final List<String> HEADERS =
            List.of("Indicator", "Unit", "Baseline", "Target", "Actual", "% achieved", "Status");

    private ResultsSheet() {
    }

    static void write(SheetCells cells, SheetFrame frame, WorkbookView view) {
        frame.apply(cells, "Results – " + view.summary().periodLabel(), SheetCells.HEADER_ROW);
        cells.header(SheetCells.HEADER_ROW, HEADERS, java.util.Set.of(2, 3, 4, 5));
        int r = SheetCells.FIRST_DATA_ROW;
        for (WorkbookView.ResultRow row : view.results()) {
            cells.text(r, 0, row.indicator());
            cells.text(r, 1, row.unit());
            cells.figure(r, 2, row.baseline(), lookOf(row.baseline()), false);
            cells.figure(r, 3, row.target(), lookOf(row.target()), false);
            if (row.unit() != null && row.unit().matches("[A-Z]{3}") && row.actual() instanceof Figure.Value v) {
                cells.money(r, 4, v.number(), row.unit(), false); // a money indicator, in its currency's format
            } else {
                cells.figure(r, 4, row.actual(), lookOf(row.actual()), false);
            }
            achieved(cells, r, row);
            cells.text(r, STATUS, row.status());
            r++;
        }
        colourStatuses(cells, view.results(), r - 1);
        cells.widths().applyTo(cells.sheet(), HEADERS.size());
    }

    private static final int STATUS = 6;

    /**
     * Each status word gets its colour from a conditional format on the Status column (the words stay in the cell,
     * so the sheet reads without colour, and a corrected word takes its colour).
     */
    private static void colourStatuses(SheetCells cells, List<WorkbookView.ResultRow> rows, int lastRow) {
        if (rows.isEmpty()) {
            return;
        }
        SheetConditionalFormatting formatting = cells.sheet().getSheetConditionalFormatting();
        CellRangeAddress[] column = {new CellRangeAddress(SheetCells.FIRST_DATA_ROW, lastRow, STATUS, STATUS)};
        Map<String, WorkbookView.Tone> tones = new LinkedHashMap<>();
        for (WorkbookView.ResultRow row : rows) {
            tones.putIfAbsent(row.status(), row.tone());
        }
        for (Map.Entry<String, WorkbookView.Tone> e : tones.entrySet()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + e.getKey().replace("\"", "\"\"") + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(switch (e.getValue()) {
                case GREEN -> IndexedColors.LIGHT_GREEN.getIndex();
                case AMBER -> IndexedColors.LIGHT_ORANGE.getIndex();
                case RED -> IndexedColors.ROSE.getIndex();
                case GREY -> IndexedColors.GREY_25_PERCENT.getIndex();
            });
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            formatting.addConditionalFormatting(column, rule);
        }
    }

    private static void achieved(SheetCells cells, int r, WorkbookView.ResultRow row) {
        if (row.actual() instanceof Figure.Suppressed s) {
            cells.text(r, 5, s.marker(), WorkbookStyles.Look.SUPPRESSED, false);
        } else if (row.achieved() != null && row.actual() instanceof Figure.Value
                && row.target() instanceof Figure.Value t) {
            String actual = new CellReference(r, 4).formatAsString();
            String target = new CellReference(r, 3).formatAsString();
            boolean baseline = row.baseline() instanceof Figure.Value b && b.number().signum() != 0;
            if (baseline && t.number().compareTo(((Figure.Value) row.baseline()).number()) != 0) {
                String base = new CellReference(r, 2).formatAsString();
                cells.shareFormula(r, 5, "(" + actual + "-" + base + ")/(" + target + "-" + base + ")",
                        false, row.achieved());
            } else if (!baseline && t.number().signum() != 0) {
                cells.shareFormula(r, 5, actual + "/" + target, false, row.achieved());
            } else {
                cells.share(r, 5, row.achieved(), false);
            }
        } else if (row.achieved() != null) {
            cells.share(r, 5, row.achieved(), false);
        }
    }

    /** Whole numbers (counts) are grouped without decimals; anything else is shown as given. */
    static Look lookOf(Figure figure) {
        if (figure instanceof Figure.Value v && v.number().stripTrailingZeros().scale() > 0) {
            return Look.DECIMAL;
        }
        return Look.COUNT;
    }
}

package org.fieldreport.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.privacy.CellState;
import org.fieldreport.privacy.CountTable;
import org.fieldreport.privacy.LinkedTables;
import org.fieldreport.privacy.ShownCell;
import org.fieldreport.privacy.SuppressedCells;
import org.fieldreport.privacy.SuppressionRule;

/**
 * Children reached on outreach per month and area, as the Outreach sheet may show them: a count of people, so small
 * cells are hidden under the audience's rule and, because the monthly figures add up to the area and month totals
 * other outputs print, enough further cells are hidden that no small one can be worked out by subtraction. When no
 * set of hidden cells protects every small one, every cell that is not zero is hidden.
 */
final class ChildrenReachedGrid {

    private static final String MONTH = "month";
    private static final String AREA = "area";

    private ChildrenReachedGrid() {
    }

    /** One list per month (in the order of {@code monthly.months()}), one figure per area. */
    static List<List<Figure>> of(MonthlyActivity monthly, SuppressionRule rule) {
        List<String> months = monthly.months().stream().map(Object::toString).toList();
        List<String> areas = monthly.areas();
        long[][] counts = monthly.contactsByMonthAndArea();
        List<List<Figure>> grid = new ArrayList<>();
        if (!rule.suppressesAnything() || months.isEmpty() || areas.isEmpty()) {
            for (long[] row : counts) {
                List<Figure> figures = new ArrayList<>();
                for (long count : row) {
                    figures.add(Figure.of(count));
                }
                grid.add(figures);
            }
            return grid;
        }
        CountTable table = CountTable.twoWay(MONTH, months, AREA, areas, counts);
        SuppressedCells cells = LinkedTables.of(table).suppress(rule);
        boolean safe = cells.protectsEveryFigure();
        for (int m = 0; m < months.size(); m++) {
            List<Figure> figures = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                ShownCell cell = cells.cell(table.cellKey(m, a));
                if (cell.isSuppressed()) {
                    figures.add(Figure.suppressed(cell.text()));
                } else if (!safe && counts[m][a] > 0) {
                    figures.add(Figure.suppressed(CellState.SECONDARY_TEXT));
                } else {
                    figures.add(Figure.of(cell.value().orElseThrow()));
                }
            }
            grid.add(figures);
        }
        return grid;
    }
}

package org.fieldreport.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.indicators.Breakdown;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Measure;

/**
 * The month-by-area table of children contacted that the workbook's Outreach sheet shows, for each indicator that
 * it is a finer cut of: the unfiltered sum of {@code children_contacted} over outreach nights, broken down by month
 * and by area (or site). Handing it to suppression with the indicator makes the sheet and the report hide the same
 * cells.
 */
final class ContactGrids {

    private ContactGrids() {
    }

    static Map<String, CountTable> of(List<IndicatorResult> results, MonthlyActivity monthly) {
        Map<String, CountTable> grids = new HashMap<>();
        for (IndicatorResult r : results) {
            IndicatorDeclaration d = r.declaration();
            if (!r.available() || d.measure() != Measure.SUM || !"children_contacted".equals(d.column())
                    || !InputKind.OUTREACH_NIGHTS.key().equals(d.source()) || !d.filters().isEmpty()) {
                continue;
            }
            List<String> dimensions = r.breakdowns().stream().map(Breakdown::dimension).toList();
            String place = dimensions.contains("area") ? "area" : dimensions.contains("site") ? "site" : null;
            if (place == null || !dimensions.contains("month")) {
                continue;
            }
            grids.put(r.id(), table(monthly, place));
        }
        return grids;
    }

    private static CountTable table(MonthlyActivity monthly, String place) {
        List<String> months = monthly.months().stream().map(Object::toString).toList();
        return CountTable.twoWay("month", months, place, monthly.areas(), monthly.contactsByMonthAndArea());
    }
}

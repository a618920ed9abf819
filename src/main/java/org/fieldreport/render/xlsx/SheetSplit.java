package org.fieldreport.render.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * How a long list is spread over sheets when it does not fit in one: an Excel sheet holds at most 1,048,576 rows,
 * header rows included. The first part keeps the plain name ("Expenses"), the next ones are numbered
 * ("Expenses (2)", "Expenses (3)"). An empty list still gets its one (empty) sheet.
 */
final class SheetSplit {

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of the list go to sheet {@code sheetName}. */
    record Part(String sheetName, int number, int parts, int from, int to) {
        int rows() {
            return to - from;
        }
    }

    private SheetSplit() {
    }

    /** {@code dataRowsPerSheet} is the sheet's row limit less its title and header rows. */
    static List<Part> plan(String baseName, int rows, int dataRowsPerSheet) {
        if (dataRowsPerSheet < 1) {
            throw new IllegalArgumentException("a sheet must hold at least one data row");
        }
        int parts = Math.max(1, (rows + dataRowsPerSheet - 1) / dataRowsPerSheet);
        List<Part> plan = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            String name = p == 0 ? baseName : baseName + " (" + (p + 1) + ")";
            int from = p * dataRowsPerSheet;
            plan.add(new Part(name, p + 1, parts, from, Math.min(rows, from + dataRowsPerSheet)));
        }
        return plan;
    }

    /** The Summary's note when {@code plan} has more than one part, else null. */
    static String note(String what, List<Part> plan, int rowLimit) {
        if (plan.size() < 2) {
            return null;
        }
        List<String> names = plan.stream().map(Part::sheetName).toList();
        return String.format(java.util.Locale.ROOT,
                "%s are split over %d sheets (%s) because an Excel sheet holds at most %,d rows.",
                what, plan.size(), String.join(", ", names), rowLimit);
    }
}

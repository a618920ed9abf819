package org.fieldreport.render.xlsx;

import java.util.List;

/** The Data quality sheet: every problem found in the input, with its file, line and column, filterable. */
final class DataQualitySheet {

    static final String NAME = "Data quality";
    static final List<String> HEADERS = List.of("Severity", "Code", "File", "Line", "Column", "Message");

    private DataQualitySheet() {
    }

    static DetailSheet<WorkbookView.ProblemRow> detail(WorkbookView view, int rowLimit) {
        return new DetailSheet<>(NAME, "Data quality – problems found in the input", HEADERS, view.problems(),
                (cells, r, p) -> {
                    cells.text(r, 0, p.severity());
                    cells.text(r, 1, p.code());
                    cells.text(r, 2, p.file());
                    if (p.line() > 0) {
                        cells.count(r, 3, p.line(), false);
                    }
                    if (p.column() > 0) {
                        cells.count(r, 4, p.column(), false);
                    }
                    cells.text(r, 5, p.message());
                }, null, rowLimit);
    }
}

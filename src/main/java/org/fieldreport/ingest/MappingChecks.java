package org.fieldreport.ingest;

import java.util.List;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.InputKind;
import org.fieldreport.problem.ClosestName;

/**
 * Checks the mapping keys of one file's entry before any export is read: {@code values} and {@code map} name columns
 * of the kind, {@code header_row} is a line of the file's first thousand, {@code years_as_columns} belongs to a
 * budget that maps neither year nor amount, {@code line_code} lists headers of a budget or expenses file, a
 * {@code sheet} belongs to a workbook and a repeat group's {@code parent} has none of its own.
 */
final class MappingChecks {

    /** The deepest a header may stand below title rows: more is surely a mistake. */
    static final int MAX_HEADER_ROW = 1000;

    private MappingChecks() {
    }

    static void check(String pointer, String key, InputKind kind, InputFileSpec spec, DeclarationFindings out) {
        List<String> columns = InputFormats.of(kind).columns().stream().map(Column::name).toList();
        for (var e : spec.values().entrySet()) {
            column(pointer + "/values/" + e.getKey(), e.getKey(), key, columns, out);
            if (e.getValue() == null || e.getValue().isBlank()) {
                out.error(pointer + "/values/" + e.getKey(), "values." + e.getKey() + " is empty",
                        "give the value every row of the file has, for example values: {site: Riverfront}");
            }
        }
        for (var e : spec.map().entrySet()) {
            column(pointer + "/map/" + e.getKey(), e.getKey(), key, columns, out);
            if (e.getValue() == null || e.getValue().isEmpty()) {
                out.error(pointer + "/map/" + e.getKey(), "map." + e.getKey() + " must map values",
                        "for example map: {sex: {Mujeres: F, Hombres: M}}");
            }
        }
        if (spec.headerRow() != null && (spec.headerRow() < 1 || spec.headerRow() > MAX_HEADER_ROW)) {
            out.error(pointer + "/header_row", "header_row must be a line from 1 to " + MAX_HEADER_ROW,
                    "the line of the file that holds the headers; 1 when it is the first");
        }
        if (spec.sheet() != null && (spec.path() == null || !ExportRecords.isWorkbook(spec.path()))) {
            out.error(pointer + "/sheet", "sheet applies to a workbook: a path ending in .xlsx", null);
        }
        if (spec.parent() != null && spec.parent().parent() != null) {
            out.error(pointer + "/parent/parent", "a repeat group's parent is the form's main table, which has no"
                    + " parent of its own", "point parent at the sheet or file holding the submissions");
        }
        if (!spec.yearsAsColumns().isEmpty()) {
            if (kind != InputKind.BUDGET) {
                out.error(pointer + "/years_as_columns", "years_as_columns applies to the budget only", null);
            } else if (spec.columns().containsKey("year") || spec.columns().containsKey("amount")) {
                out.error(pointer + "/years_as_columns", "with years_as_columns, year and amount come from the year"
                        + " columns", "remove year and amount from columns");
            }
            if (spec.yearsAsColumns().values().stream().anyMatch(h -> h == null || h.isBlank())) {
                out.error(pointer + "/years_as_columns", "years_as_columns must name a header for each year",
                        "for example years_as_columns: {Y1: \"Budget 2019\", Y2: \"Budget 2020\"}");
            }
        }
        if (!spec.lineCode().isEmpty()) {
            if (kind != InputKind.BUDGET && kind != InputKind.EXPENSES) {
                out.error(pointer + "/line_code", "line_code applies to the budget and expenses only", null);
            } else if (spec.columns().containsKey("line_code")) {
                out.error(pointer + "/line_code", "line_code is given both here and under columns",
                        "keep one of the two");
            }
            if (spec.lineCode().stream().anyMatch(h -> h == null || h.isBlank())) {
                out.error(pointer + "/line_code", "line_code must list the headers whose values make the code",
                        "for example line_code: [Cost centre, Account]");
            }
        }
    }

    private static void column(String pointer, String canonical, String key, List<String> columns,
                               DeclarationFindings out) {
        if (!columns.contains(canonical)) {
            out.error(pointer, "\"" + canonical + "\" is not a column of " + key,
                    ClosestName.among(canonical, columns).map(c -> "did you mean \"" + c + "\"?")
                            .orElse("columns: " + String.join(", ", columns)));
        }
    }
}

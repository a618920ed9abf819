package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * What is wrong with a filled template, each finding a warning naming the sheet and cell of the filled workbook: a
 * placeholder that named nothing (its text is put back), a formula that recalculates to an error ({@code #REF!},
 * {@code #VALUE!}, {@code #DIV/0!}, {@code #NAME?}, {@code #N/A}) or that POI cannot recalculate, a
 * {@code jx:check} total that is not the engine's figure, a command whose expression named nothing, and a budget
 * line of the project that no row shows. On the way it recalculates every formula, so the cached values are
 * written, and marks every text that a spreadsheet would read as a formula as text (quote prefix).
 */
final class TemplateAudit {

    /** Half a cent: a template total is the engine's figure when it is this close. */
    private static final double CENT = 0.005;

    /** The {@code jx:check} cells met while filling, in the filled workbook's coordinates. */
    static final class Checks {
        record Check(String sheet, int row, int column, String expect, Object expected) {
        }

        private final List<Check> checks = new ArrayList<>();

        void add(String sheet, int row, int column, String expect, Object expected) {
            checks.add(new Check(sheet, row, column, expect, expected));
        }
    }

    private final String file;
    private final List<Problem> findings = new ArrayList<>();

    TemplateAudit(String file) {
        this.file = file;
    }

    List<Problem> findings() {
        return List.copyOf(findings);
    }

    void add(String where, String message, String hint) {
        findings.add(Problem.warning(TemplateWorkbook.FINDING, SourceRef.file(file),
                where == null ? message : where + ": " + message, hint));
    }

    /** Finds every mark of a placeholder that named nothing, reports it and puts the placeholder's text back. */
    void unknownPlaceholders(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    Matcher m = TemplatePlaceholders.UNKNOWN_MARK.matcher(text);
                    if (!m.find()) {
                        continue;
                    }
                    StringBuilder restored = new StringBuilder();
                    m.reset();
                    while (m.find()) {
                        add(name(cell), "the placeholder ${" + m.group(1) + "} names nothing",
                                "see the placeholder names in templates/donor-financial-report/README.md");
                        m.appendReplacement(restored, Matcher.quoteReplacement("${" + m.group(1) + "}"));
                    }
                    m.appendTail(restored);
                    cell.setCellValue(restored.toString());
                }
            }
        }
    }

    /** Gives every text cell that starts like a formula ({@code = + - @}, tab, return) the quote prefix. */
    void protectText(XSSFWorkbook workbook) {
        Map<Short, CellStyle> quoted = new HashMap<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && !cell.getCellStyle().getQuotePrefixed()
                            && SheetCells.startsLikeFormula(cell.getStringCellValue())) {
                        cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle().getIndex(), i -> {
                            CellStyle style = workbook.createCellStyle();
                            style.cloneStyleFrom(cell.getCellStyle());
                            style.setQuotePrefixed(true);
                            return style;
                        }));
                    }
                }
            }
        }
    }

    /** Recalculates every formula with POI, writing its cached value; errors and what POI cannot do are findings. */
    void recalculate(XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    try {
                        if (evaluator.evaluateFormulaCell(cell) == CellType.ERROR) {
                            add(name(cell), "=" + cell.getCellFormula() + " gives "
                                    + FormulaError.forInt(cell.getErrorCellValue()).getString(),
                                    "correct the formula in the template");
                        }
                    } catch (RuntimeException e) {
                        add(name(cell), "=" + cell.getCellFormula() + " cannot be recalculated here ("
                                + e.getMessage() + "); its value is left for Excel to compute", null);
                    }
                }
            }
        }
    }

    /** Each {@code jx:check} cell against the engine's figure it names. */
    void checks(XSSFWorkbook workbook, Checks checks) {
        for (Checks.Check c : checks.checks) {
            Sheet sheet = workbook.getSheet(c.sheet());
            Row row = sheet == null ? null : sheet.getRow(c.row());
            Cell cell = row == null ? null : row.getCell(c.column());
            String where = new CellReference(c.sheet(), c.row(), c.column(), false, false).formatAsString();
            if (!(c.expected() instanceof BigDecimal expected)) {
                // no figure to check against: none, withheld for this audience (its marker), or the expression
                // named nothing (reported with the command)
                continue;
            }
            Double value = number(cell);
            if (value == null) {
                add(where, "jx:check(expect=\"" + c.expect() + "\") is on a cell without a number", null);
            } else if (Math.abs(value - expected.doubleValue()) >= CENT) {
                add(where, String.format(Locale.ROOT, "the template's total %,.2f is not the engine's %s %,.2f",
                        value, c.expect(), expected.doubleValue()) + (cell.getCellType() == CellType.FORMULA
                        ? " (=" + cell.getCellFormula() + ")" : ""),
                        "check the rows the template's formula adds");
            }
        }
    }

    /** The commands whose expression named nothing, at the template cell whose comment holds them. */
    void unknownInCommands(Iterable<String> expressions, Map<String, String> templateCells) {
        for (String expression : expressions) {
            String cell = templateCells.get(expression);
            add(cell == null ? null : "template cell " + cell, "the command expression \"" + expression
                    + "\" names nothing", "see the placeholder names in templates/donor-financial-report/README.md");
        }
    }

    /** The project's budget lines no row of the template shows. */
    void linesNotShown(List<String> codes) {
        for (String code : codes) {
            add(null, "budget line " + code + " is on no row of the template",
                    "repeat a row over budget.lines (jx:each) or name the line as budget.line['" + code + "']");
        }
    }

    private static Double number(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
            return cell.getNumericCellValue();
        }
        return null;
    }

    private static String name(Cell cell) {
        return new CellReference(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), false,
                false).formatAsString();
    }
}

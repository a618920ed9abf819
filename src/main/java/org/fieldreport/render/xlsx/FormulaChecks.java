package org.fieldreport.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellReference;

/**
 * The promise that every live formula in the workbook shows the engine's figure: each formula is registered with
 * the figure it must give, and once POI's evaluator has stored its cached value (the one other tools read)
 * {@link #evaluateAndVerify} throws if one differs by more than half a cent (money) or half a hundredth of
 * a percentage point (shares). A difference is a programming error in the view or the workbook, never a data problem.
 */
final class FormulaChecks {

    /** How close an evaluated formula must be to its figure. */
    enum Tolerance {
        CENT(new BigDecimal("0.005")), SHARE(new BigDecimal("0.00005"));

        final BigDecimal within;

        Tolerance(BigDecimal within) {
            this.within = within;
        }
    }

    private record Expectation(Cell cell, BigDecimal expected, Tolerance tolerance) {
    }

    private final List<Expectation> expectations = new ArrayList<>();

    void expect(Cell cell, BigDecimal expected, Tolerance tolerance) {
        expectations.add(new Expectation(cell, expected, tolerance));
    }

    /**
     * Evaluates each registered formula with POI's {@code evaluator}, which stores the value it computes as the
     * cell's cached value, and compares that with its figure; formulas on {@code unevaluated} sheets keep the
     * figures they were written with.
     */
    void evaluateAndVerify(FormulaEvaluator evaluator, Set<String> unevaluated) {
        for (Expectation e : expectations) {
            Cell cell = e.cell();
            if (unevaluated.contains(cell.getSheet().getSheetName())) {
                continue;
            }
            evaluator.evaluateFormulaCell(cell);
            CellType type = cell.getCachedFormulaResultType();
            String where = cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false);
            if (e.expected() == null) {
                if (type != CellType.STRING || !cell.getStringCellValue().isEmpty()) {
                    throw new IllegalStateException(where + " (" + cell.getCellFormula()
                            + ") should be empty but is " + cell);
                }
                continue;
            }
            if (type != CellType.NUMERIC) {
                throw new IllegalStateException(where + " (" + cell.getCellFormula() + ") gives " + type
                        + ", expected " + e.expected().toPlainString());
            }
            BigDecimal actual = BigDecimal.valueOf(cell.getNumericCellValue());
            if (actual.subtract(e.expected()).abs().compareTo(e.tolerance().within) >= 0) {
                throw new IllegalStateException(where + " (" + cell.getCellFormula() + ") gives "
                        + actual.toPlainString() + " but the report's figure is " + e.expected().toPlainString());
            }
        }
    }
}

package org.fieldreport.render.xlsx;

import org.jxls.common.Context;
import org.jxls.logging.JxlsLogger;

/**
 * What JXLS reports while it fills a template, as audit findings with the template cell it names; JXLS's progress
 * messages are dropped (nothing of a run is logged but its problems).
 */
final class TemplateLog implements JxlsLogger {

    private final TemplateAudit audit;

    TemplateLog(TemplateAudit audit) {
        this.audit = audit;
    }

    /** A template too large to fill stops the filling, wherever JXLS meets it. */
    private static void stopIfTooLarge(Exception e) {
        if (e instanceof TemplatePlaceholders.TooLarge tooLarge) {
            throw tooLarge;
        }
    }

    @Override
    public void handleEvaluationException(Exception e, String cell, String expression) {
        stopIfTooLarge(e);
        audit.add("template cell " + cell, "\"" + expression + "\" cannot be used: " + e.getMessage(), null);
    }

    @Override
    public void handleFormulaException(Exception e, String cell, String formula) {
        audit.add("template cell " + cell, "the formula =" + formula + " cannot be set: " + e.getMessage(), null);
    }

    @Override
    public void handleCellException(Exception e, String cell, Context context) {
        stopIfTooLarge(e);
        audit.add("template cell " + cellName(cell), "cannot be filled: " + e.getMessage(), null);
    }

    @Override
    public void handleTransformException(Exception e, String sourceCell, String targetCell) {
        stopIfTooLarge(e);
        audit.add("template cell " + sourceCell, "cannot be copied to " + targetCell + ": " + e.getMessage(), null);
    }

    @Override
    public void handleUpdateRowHeightsException(Exception e, int sourceRow, int targetRow) {
        // a row height that could not be copied changes no figure
    }

    @Override
    public void handleSetObjectPropertyException(Exception e, Object obj, String propertyName, String value) {
        audit.add(null, "a command has no attribute " + propertyName + "=\"" + value + "\"", null);
    }

    @Override
    public void handleGetObjectPropertyException(Exception e, Object obj, String propertyName) {
        audit.add(null, "\"" + propertyName + "\" names nothing", null);
    }

    @Override
    public void handleSheetNameChange(String invalidSheetName, String newSheetName) {
        audit.add(null, "the sheet name \"" + invalidSheetName + "\" cannot be used; it is \"" + newSheetName + "\"",
                null);
    }

    @Override
    public void debug(String msg) {
    }

    @Override
    public void info(String msg) {
    }

    @Override
    public void warn(String msg) {
        audit.add(null, msg, null);
    }

    @Override
    public void warn(Throwable e, String msg) {
        audit.add(null, msg, null);
    }

    @Override
    public void error(String msg) {
        audit.add(null, msg, null);
    }

    @Override
    public void error(Throwable e, String msg) {
        audit.add(null, msg, null);
    }

    /** The cell of JXLS's {@code CellData{Sheet!A1, ...}}. */
    private static String cellName(String cellData) {
        int open = cellData.indexOf('{');
        int comma = cellData.indexOf(',');
        return open >= 0 && comma > open ? cellData.substring(open + 1, comma) : cellData;
    }
}

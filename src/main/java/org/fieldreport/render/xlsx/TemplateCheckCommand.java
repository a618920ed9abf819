package org.fieldreport.render.xlsx;

import org.jxls.area.Area;
import org.jxls.command.AbstractCommand;
import org.jxls.common.CellRef;
import org.jxls.common.Context;
import org.jxls.common.Size;

/**
 * {@code jx:check(expect="budget.total.actual" lastCell="D20")}: the template's own total in this cell must come
 * to the engine's figure named by {@code expect}. The cell is filled as usual; the audit recalculates it and
 * reports a difference of half a cent or more. Public only because JXLS creates commands by reflection.
 */
public final class TemplateCheckCommand extends AbstractCommand {

    /** The key of the data map the checks are collected under: no placeholder can name it. */
    static final String CHECKS = "#checks";

    private String expect;
    private Area area;

    @Override
    public String getName() {
        return "check";
    }

    /** Set by JXLS from the comment's {@code expect} attribute. */
    public void setExpect(String expect) {
        this.expect = expect;
    }

    @Override
    public org.jxls.command.Command addArea(Area area) {
        this.area = area;
        return super.addArea(area);
    }

    @Override
    public Size applyAt(CellRef cellRef, Context context) {
        Object expected = context.evaluate(expect == null ? "" : expect);
        if (context.getVar(CHECKS) instanceof TemplateAudit.Checks checks) {
            checks.add(cellRef.getSheetName(), cellRef.getRow(), cellRef.getCol(), expect, expected);
        }
        return area.applyAt(cellRef, context);
    }
}

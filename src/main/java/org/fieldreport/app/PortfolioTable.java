package org.fieldreport.app;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.render.text.FigureText;
import org.fieldreport.render.text.TextTable;

/** The table that ends a run over several projects: one row per project with its headline figures. */
public final class PortfolioTable {

    private PortfolioTable() {
    }

    public static String render(RunSummary summary) {
        TextTable table = new TextTable(List.of("project", "period", "exit", "key figures", "budget spent",
                "funding"), 2);
        for (ProjectOutcome o : summary.projects()) {
            List<String> figures = new ArrayList<>();
            o.keyFigures().forEach((id, value) -> figures.add(id + " " + value));
            table.row(o.code(), o.periodKey(), String.valueOf(o.exitCode().code()),
                    o.error() != null ? o.error() : String.join(", ", figures),
                    o.spentPercent() == null ? "" : FigureText.percent(o.spentPercent()),
                    o.fundingStatus() == null ? "" : o.fundingStatus());
        }
        return table.render();
    }
}

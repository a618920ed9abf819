package org.fieldreport.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.problem.Problems;

/**
 * What the run summary and the portfolio table say of one reported project: its first few headline figures as the
 * audience may see them, the budget lines flagged, and the problems counted per input file.
 */
final class Headlines {

    private Headlines() {
    }

    /** The first three indicator figures that are not finance figures, as published (a mark when suppressed). */
    static Map<String, String> keyFigures(List<PublishedIndicator> published) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (PublishedIndicator p : published) {
            if (figures.size() == 3) {
                break;
            }
            if (p.available() && !"finance".equalsIgnoreCase(String.valueOf(p.declaration().measure()))) {
                figures.put(p.id(), p.value().isSuppressed() ? p.value().mark()
                        : p.value().value().stripTrailingZeros().toPlainString());
            }
        }
        return figures;
    }

    /** The codes of the budget lines flagged, and a line for expenses that could not be converted. */
    static List<String> budgetFlags(BudgetReport budget) {
        List<String> flags = new ArrayList<>();
        if (budget != null) {
            budget.flagged().forEach(r -> flags.add(r.lineCode()));
            if (!budget.expenses().unconverted().isEmpty()) {
                flags.add("unconverted expenses: " + budget.expenses().unconverted().size());
            }
        }
        return flags;
    }

    /** Errors and warnings per input file that has any, in the files' order. */
    static Map<String, int[]> byFile(ProjectData data, Problems problems) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (SourceFile s : data.sources()) {
            int e = problems.errorCount(s.file());
            int w = problems.warningCount(s.file());
            if (e + w > 0) {
                out.put(s.file(), new int[] {e, w});
            }
        }
        return out;
    }
}

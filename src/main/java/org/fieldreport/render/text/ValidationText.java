package org.fieldreport.render.text;

import java.util.List;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.Problems;

/**
 * The result of {@code fieldreport validate} at a terminal: per file, the rows read, accepted and excluded and the
 * errors and warnings, counts grouped as the reports print them (14,627). The problems themselves are diagnostics,
 * listed on stderr by {@link ProblemsText}.
 */
public final class ValidationText {

    private ValidationText() {
    }

    public static String render(List<SourceFile> sources, Problems problems) {
        StringBuilder out = new StringBuilder();
        TextTable table = new TextTable(List.of("file", "rows read", "accepted", "excluded", "errors", "warnings"),
                1, 2, 3, 4, 5);
        for (SourceFile s : sources) {
            if (!s.present() && problems.errorCount(s.file()) == 0) {
                table.row(s.file(), "absent", "", "", "", "");
                continue;
            }
            table.row(s.file(), ProblemsText.count(s.rowsRead()), ProblemsText.count(s.accepted()),
                    ProblemsText.count(s.excluded()), ProblemsText.count(problems.errorCount(s.file())),
                    ProblemsText.count(problems.warningCount(s.file())));
        }
        out.append(table.render());
        out.append(ProblemsText.totals(problems.errorCount(), problems.warningCount())).append('\n');
        return out.toString();
    }
}

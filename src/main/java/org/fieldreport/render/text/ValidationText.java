package org.fieldreport.render.text;

import java.util.List;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/** The terminal form of {@code fieldreport validate}: every problem on its own line, then a summary per file. */
public final class ValidationText {

    private ValidationText() {
    }

    public static String render(List<SourceFile> sources, Problems problems) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems.all()) {
            out.append(p.format()).append('\n');
        }
        if (problems.notKept() > 0) {
            out.append("... and ").append(problems.notKept()).append(" more problems not shown\n");
        }
        if (!problems.all().isEmpty()) {
            out.append('\n');
        }
        TextTable table = new TextTable(List.of("file", "rows read", "accepted", "excluded", "errors", "warnings"),
                1, 2, 3, 4, 5);
        for (SourceFile s : sources) {
            if (!s.present() && problems.errorCount(s.file()) == 0) {
                table.row(s.file(), "absent", "", "", "", "");
                continue;
            }
            table.row(s.file(), String.valueOf(s.rowsRead()), String.valueOf(s.accepted()),
                    String.valueOf(s.excluded()), String.valueOf(problems.errorCount(s.file())),
                    String.valueOf(problems.warningCount(s.file())));
        }
        out.append(table.render());
        out.append(problems.errorCount()).append(problems.errorCount() == 1 ? " error, " : " errors, ")
                .append(problems.warningCount()).append(problems.warningCount() == 1 ? " warning" : " warnings")
                .append('\n');
        return out.toString();
    }
}

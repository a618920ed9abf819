package org.fieldreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.ProblemList;
import org.fieldreport.render.text.Figures;

/**
 * The report's appendix on data quality and provenance: every input file present with its SHA-256 and rows read,
 * accepted and excluded, the first problems that excluded rows with a note on the rest, the as-of date and the
 * command that reproduces the report.
 */
final class ProvenanceAssembly {

    /** How many problems the appendix lists before pointing to {@code fieldreport validate}. */
    static final int PROBLEMS_LISTED = 40;

    private ProvenanceAssembly() {
    }

    static ProvenanceAppendix appendix(PublishedReport content) {
        List<SourceFileView> files = new ArrayList<>();
        for (SourceFile s : content.sources()) {
            if (!s.present()) {
                continue;
            }
            files.add(new SourceFileView(s.file(), s.sha256(), Figures.of(BigDecimal.valueOf(s.rowsRead())),
                    Figures.of(BigDecimal.valueOf(s.accepted())), Figures.of(BigDecimal.valueOf(s.excluded()))));
        }
        ProblemList all = content.problems();
        List<ProblemLine> problems = new ArrayList<>();
        List<Problem> errors = all.all().stream().filter(Problem::isError).toList();
        for (Problem p : errors.subList(0, Math.min(PROBLEMS_LISTED, errors.size()))) {
            problems.add(new ProblemLine(p.source().toString(), p.severity().label(), p.message()));
        }
        int errorCount = all.errorCount();
        String note = errorCount == 0 ? ""
                : errorCount + (errorCount == 1 ? " problem" : " problems") + " excluded rows from every figure"
                        + (errorCount > problems.size() ? "; the first " + problems.size() + " are listed, and"
                        + " `fieldreport validate` lists them all" : "") + ".";
        if (all.warningCount() > 0) {
            note += " " + all.warningCount() + (all.warningCount() == 1 ? " warning" : " warnings")
                    + " did not exclude rows.";
        }
        return new ProvenanceAppendix(files, problems, note.strip(), ReportAssembly.longDate(content.scope().asOf()),
                content.command());
    }
}

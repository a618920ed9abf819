package org.fieldreport.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.Project;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.xlsx.TemplateWorkbook;
import org.fieldreport.render.xlsx.WorkbookView;

/**
 * The project's workbook templates ({@code workbook_templates} in project.yaml), each filled with the run's
 * workbook values and written beside the workbook as {@code {outputs' name}_{template's name}.xlsx}; the audit's
 * findings join the run's warnings ({@code --fail-on audit} makes them exit 3).
 */
final class WorkbookTemplates {

    private WorkbookTemplates() {
    }

    static List<WrittenOutput> fill(Project project, WorkbookView view, OutputStaging staging, Instant asOf,
                                    List<Problem> warnings) {
        List<WrittenOutput> written = new ArrayList<>();
        for (String name : project.workbookTemplates()) {
            TemplateWorkbook filled = TemplateWorkbook.fill(project.resolve(name), name, view, asOf);
            warnings.addAll(filled.findings());
            String file = Path.of(name).getFileName().toString();
            Path target = staging.target("_" + file.substring(0, file.length() - ".xlsx".length()),
                    OutputFormat.XLSX);
            filled.writeTo(target);
            written.add(staging.written(target, OutputFormat.XLSX));
        }
        return written;
    }

    /** True for a finding of a template's audit. */
    static boolean isFinding(Problem p) {
        return p.code().equals(TemplateWorkbook.FINDING);
    }
}

package org.fieldreport.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.model.Project;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Refuses a batch in which two projects would write the same output file (the same {@code code}, or patterns that
 * meet), before anything is written: otherwise the later project silently replaces the earlier one's report. Names
 * are compared without regard to case, as a Windows or macOS folder does. A project that cannot be read or has no
 * such period is left to its own run, which reports why.
 */
final class OutputNameClash {

    private OutputNameClash() {
    }

    static void check(List<Path> folders, ReportRequest request) {
        if (folders.size() < 2) {
            return;
        }
        Map<String, Path> claimed = new LinkedHashMap<>();
        for (Path folder : folders) {
            String name;
            try {
                Project project = ProjectLoader.readProject(folder, request.outside());
                // without --period each project reports its latest year, known only from its data: two projects
                // of one code are taken to clash then, as they would in the same year
                String key = request.period() == null ? "latest-year"
                        : ChosenPeriod.of(project, request.period(), request.asOf()).period().key();
                name = OutputStaging.baseName(project, request, key);
            } catch (FieldReportException e) {
                continue;
            }
            Path earlier = claimed.putIfAbsent(name.toLowerCase(Locale.ROOT), folder);
            if (earlier != null) {
                throw new FieldReportException(ExitCode.USAGE, "projects " + earlier + " and " + folder
                        + " would both write " + request.out().resolve(name) + ".*; nothing was written."
                        + " Give each project its own code (or output.pattern in project.yaml), or render them"
                        + " into different --out folders");
            }
        }
    }
}

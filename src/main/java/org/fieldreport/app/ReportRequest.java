package org.fieldreport.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fieldreport.privacy.Audience;

/**
 * What {@code fieldreport report} was asked to do: which project folders (a folder holding several projects counts
 * as each of them), which period, which formats, for which audience, into which folder; {@code asOf} fixes today
 * (null: SOURCE_DATE_EPOCH or the clock); {@code template} overrides the project's template folder (null: the
 * project's, else the bundled one); {@code command} is the command line as given (for the run summary; a report quotes
 * {@link ReproducingCommand} instead); {@code progress}
 * hears how the run goes; {@code outside} lists the folders outside each project that its project.yaml may name
 * (given on the command line, never by the project). {@code failOnFlagged} and {@code failOnAudit} make a budget
 * flag and a finding of a filled workbook template exit 3.
 */
public record ReportRequest(List<Path> projects, String period, Set<OutputFormat> formats, Audience audience,
                            Path out, LocalDate asOf, Path template, boolean strict, boolean failOnFlagged,
                            boolean failOnAudit, boolean parallel, String command, Progress progress,
                            List<Path> outside) {

    public ReportRequest {
        projects = List.copyOf(projects);
        outside = List.copyOf(outside);
        formats = Set.copyOf(formats);
    }
}

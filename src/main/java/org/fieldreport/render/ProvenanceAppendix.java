package org.fieldreport.render;

import java.util.List;

/**
 * The appendix on data quality and provenance: each source file read, the problems that excluded rows, the as-of
 * date and the command that reproduces the report.
 *
 * @param sourceFiles  each input file with its hash and row counts
 * @param problems     the problems that excluded rows (or warnings worth reading)
 * @param problemsNote a line under the problems, for example "and 12 more in rates.csv"; may be empty
 * @param asOf         the as-of date in words, for example "30 November 2019"
 * @param command      the exact command that reproduces this report
 */
public record ProvenanceAppendix(List<SourceFileView> sourceFiles, List<ProblemLine> problems,
        String problemsNote, String asOf, String command) {

    public ProvenanceAppendix {
        sourceFiles = List.copyOf(sourceFiles);
        problems = List.copyOf(problems);
    }
}

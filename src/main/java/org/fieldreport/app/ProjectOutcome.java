package org.fieldreport.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.Problem;

/**
 * How one project of a run ended: its exit code, the files written, the problems (kept ones) with their counts per
 * file, the rows excluded, the budget lines flagged, and the headline figures for the portfolio table. {@code error}
 * is the one-line reason when the project could not be reported at all (its figures are then null), and
 * {@code failure} the exception behind an internal error, kept so that {@code --stacktrace} can show it.
 */
public record ProjectOutcome(
        Path folder,
        String code,
        String periodKey,
        String periodLabel,
        ExitCode exitCode,
        String error,
        List<WrittenOutput> outputs,
        List<Problem> problems,
        Map<String, int[]> problemsByFile,
        int errors,
        int warnings,
        int excludedRows,
        List<String> budgetFlags,
        Map<String, String> keyFigures,
        BigDecimal spentPercent,
        String fundingStatus,
        Throwable failure) {

    public ProjectOutcome {
        outputs = List.copyOf(outputs);
        problems = List.copyOf(problems);
        problemsByFile = Map.copyOf(problemsByFile);
        budgetFlags = List.copyOf(budgetFlags);
        keyFigures = keyFigures == null ? Map.of() : java.util.Collections.unmodifiableMap(keyFigures);
    }

    /** A project that failed before anything could be computed; {@code failure} is kept for an internal error. */
    public static ProjectOutcome failed(Path folder, ExitCode code, String error, List<Problem> problems,
                                        Throwable failure) {
        return new ProjectOutcome(folder, folder.getFileName() == null ? folder.toString()
                : folder.getFileName().toString(), "", "", code, error, List.of(), problems, Map.of(), 0, 0, 0,
                List.of(), null, null, null, code == ExitCode.INTERNAL ? failure : null);
    }
}

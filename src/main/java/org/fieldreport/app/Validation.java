package org.fieldreport.app;

import java.nio.file.Path;
import org.fieldreport.problem.ExitCode;

/** The outcome of checking a project: the loaded project and the exit code the checks deserve. */
public record Validation(LoadedProject loaded, ExitCode exitCode) {

    /** Loads the project and decides: errors exit 1; warnings exit 1 too under {@code strict}. */
    public static Validation of(Path folder, boolean strict) {
        return of(folder, java.util.List.of(), strict);
    }

    /** The same, for a project whose files may also lie in the {@code outside} folders. */
    public static Validation of(Path folder, java.util.List<Path> outside, boolean strict) {
        LoadedProject loaded = ProjectLoader.load(folder, outside, Progress.NONE);
        return new Validation(loaded, RunVerdict.forProblems(loaded.problems(), strict));
    }
}

package org.fieldreport.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.sample.GeneratedSample;
import org.fieldreport.sample.SampleProjectGenerator;
import org.fieldreport.sample.SampleScale;

/**
 * Generates the sample project's data into a folder, refusing to write over a data folder that already holds files
 * unless told to: a user's real exports must never be replaced by sample data by mistake.
 */
public final class SampleGeneration {

    private SampleGeneration() {
    }

    public static GeneratedSample into(Path project, long seed, SampleScale scale, boolean force) {
        if (Files.exists(project) && !Files.isDirectory(project)) {
            throw new FieldReportException(ExitCode.USAGE, project + " is a file, not a folder");
        }
        Path data = project.resolve("data");
        if (!force && holdsFiles(data)) {
            throw new FieldReportException(ExitCode.USAGE, data + " already holds files; nothing was written"
                    + " (add --force to replace the six sample files there)");
        }
        try {
            return SampleProjectGenerator.generate(project, seed, scale);
        } catch (UncheckedIOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, e.getMessage(), e);
        }
    }

    private static boolean holdsFiles(Path folder) {
        if (!Files.exists(folder)) {
            return false;
        }
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot read " + folder + ": " + e.getMessage(),
                    e);
        }
    }
}

package org.fieldreport.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The one project folder a command reads, and the folders outside it that it may name, defined once for every
 * single-project command.
 */
public final class ProjectFolder {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PROJECT_DIR",
            description = "The project folder (default: the current folder).")
    Path path;

    @Mixin
    OutsideFolders outside;

    /** The folders outside the project that the command line allows it to name. */
    List<Path> outside() {
        return outside.folders();
    }
}

package org.fieldreport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The one project folder a command reads, defined once for every single-project command. */
public final class ProjectFolder {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PROJECT_DIR",
            description = "The project folder (default: the current folder).")
    Path path;
}

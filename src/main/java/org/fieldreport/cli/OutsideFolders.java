package org.fieldreport.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --allow-outside DIR}: a folder outside the project that its project.yaml may name (a deny-list kept apart
 * from the project, data shared by several projects). Only the person running the command can allow one; a project
 * folder alone can never make the tool read outside itself.
 */
public final class OutsideFolders {

    @Option(names = "--allow-outside", paramLabel = "DIR",
            description = "A folder outside the project that project.yaml may name (repeatable); by default every"
                    + " file a project names must lie inside its folder.")
    List<Path> folders;

    /** The allowed folders, none by default. */
    List<Path> folders() {
        return folders == null ? List.of() : List.copyOf(folders);
    }
}

package org.fieldreport.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldreport.ingest.ProjectFileReader;
import org.fieldreport.model.Project;

/** Writes a project.yaml into a folder and reads it the way the tool does, so tests use checked declarations. */
final class TestProject {

    private TestProject() {
    }

    static Project read(Path folder, String yaml) {
        try {
            Files.writeString(folder.resolve("project.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ProjectFileReader.read(folder);
    }

    /** A project whose Year 1 starts on {@code start} and runs {@code years} years, with the given extra keys. */
    static Project starting(Path folder, String start, int years, String more) {
        return read(folder, "code: T\nname: Test\ncurrency: USD\nstart: " + start + "\nyears: " + years
                + "\nsites: [Riverfront, Stung Mean Chey]\nactivities: [kids_club, arts, prevention]\n" + more);
    }
}

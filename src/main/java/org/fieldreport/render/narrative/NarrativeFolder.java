package org.fieldreport.render.narrative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problems;

/**
 * Reads the narrative folder of a project: every {@code *.md} file, in file-name order (so "01-the-project.md"
 * comes before "02-update.md"), each rendered by {@link Narrative}. Every file is checked before any is rendered,
 * so a denied name or an unknown figure anywhere stops the whole narrative.
 */
public final class NarrativeFolder {

    private NarrativeFolder() {
    }

    /**
     * @param folder      the narrative folder
     * @param displayName how the folder is named in messages, for example "narrative"
     */
    public static List<NarrativeSection> read(Path folder, String displayName, Narrative narrative,
            Problems warnings) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.USAGE, "cannot read the narrative folder " + displayName
                    + ": " + e.getMessage(), e);
        }
        List<NarrativeSection> sections = new ArrayList<>();
        Problems pending = new Problems();
        NarrativePhotos photos = new NarrativePhotos(folder);
        for (Path file : files) {
            String name = displayName + "/" + file.getFileName();
            try {
                sections.add(narrative.render(name, Files.readString(file, StandardCharsets.UTF_8), pending, photos));
            } catch (IOException e) {
                throw new FieldReportException(ExitCode.USAGE, "cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        warnings.addAll(pending);
        return sections;
    }
}

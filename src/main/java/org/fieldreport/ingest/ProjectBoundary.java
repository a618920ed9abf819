package org.fieldreport.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Excerpt;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;

/**
 * The folders a project may read from: its own folder and, only when the person running the tool says so with
 * {@code --allow-outside DIR}, folders outside it. A project folder is untrusted (partners send theirs), so every
 * path it names (data files, narrative, templates, deny-list) and every file inside its narrative and template
 * folders must stay inside these folders, symbolic links followed: a link to {@code /etc/passwd} is refused by name
 * before anything is read.
 */
public final class ProjectBoundary {

    /** The most entries a narrative or template folder may hold, so a hostile folder cannot stall the check. */
    static final int MOST_ENTRIES = 2_000;

    private static final String HINT = "keep the project's files inside its folder, or let the tool read a folder"
            + " outside it with --allow-outside DIR";

    private final Path folder;
    private final List<Path> named = new ArrayList<>();
    private final List<Path> real = new ArrayList<>();

    private ProjectBoundary(Path folder, List<Path> roots) {
        this.folder = folder.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            named.add(absolute);
            try {
                real.add(absolute.toRealPath());
            } catch (IOException e) {
                // a folder that does not exist holds nothing to read
            }
        }
    }

    /** The project folder and the folders outside it that the command line allows. */
    public static ProjectBoundary of(Path projectFolder, List<Path> outside) {
        List<Path> roots = new ArrayList<>();
        roots.add(projectFolder);
        roots.addAll(outside);
        return new ProjectBoundary(projectFolder, roots);
    }

    /**
     * Why {@code path} (relative to the project folder, or absolute) may not be read, or null when it may: it lies
     * outside the allowed folders, or is a link (or inside a linked folder) that leads out of them, or is a folder
     * holding such a link.
     */
    public String fault(String path) {
        Path p = folder.resolve(path).normalize();
        if (named.stream().noneMatch(p::startsWith)) {
            return "it lies outside the project folder";
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path target = outsideTarget(p);
        if (target != null) {
            return "it is a link that leads outside the project folder, to " + target;
        }
        if (!Files.isDirectory(p)) {
            return null;
        }
        try (Stream<Path> entries = Files.walk(p)) {
            Iterator<Path> it = entries.iterator();
            for (int n = 0; it.hasNext(); n++) {
                if (n > MOST_ENTRIES) {
                    return "it holds more than " + MOST_ENTRIES + " files and folders";
                }
                Path entry = it.next();
                Path inner = Files.isSymbolicLink(entry) ? outsideTarget(entry) : null;
                if (inner != null) {
                    return "it holds " + Excerpt.of(p.relativize(entry).toString(), 80)
                            + ", a link that leads outside the project folder, to " + inner;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "it cannot be listed (" + e.getClass().getSimpleName() + ")";
        }
        return null;
    }

    /** Where the existing {@code p} leads, links followed, when that is outside the allowed folders; else null. */
    private Path outsideTarget(Path p) {
        Path target;
        try {
            target = p.toRealPath();
        } catch (IOException e) {
            return null; // a dangling link: the reader says the file is missing
        }
        return real.stream().anyMatch(target::startsWith) ? null : target;
    }

    /** An error (exit 2) when the file {@code name} of the project folder leads outside the allowed folders. */
    public void requireInside(String name) {
        String fault = fault(name);
        if (fault != null) {
            throw new FieldReportException(ExitCode.USAGE, name + ": cannot be read: " + fault + "; " + HINT);
        }
    }

    /**
     * Every path {@code project} names, checked: an error (exit 2) listing each path that leaves the allowed folders,
     * at its key's line in project.yaml, or by its name when the project leaves it at its default.
     */
    public void check(Project project) {
        YamlLocations lines;
        try {
            lines = YamlLocations.of(Files.readString(folder.resolve(ProjectFileReader.FILE_NAME)));
        } catch (IOException e) {
            lines = YamlLocations.of("");
        }
        List<Problem> problems = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            check(project.file(kind).path(), "/files/" + kind.key(), "files." + kind.key(), lines, problems);
        }
        check(project.narrative(), "/narrative", "narrative", lines, problems);
        if (project.templates() != null) {
            check(project.templates(), "/templates", "templates", lines, problems);
        }
        for (int i = 0; i < project.workbookTemplates().size(); i++) {
            check(project.workbookTemplates().get(i), "/workbook_templates/" + i, "workbook_templates", lines,
                    problems);
        }
        if (project.privacy().denyList() != null) {
            check(project.privacy().denyList(), "/privacy/deny_list", "privacy.deny_list", lines, problems);
        }
        if (!problems.isEmpty()) {
            throw new FieldReportException(ExitCode.USAGE, problems.stream().map(Problem::format)
                    .collect(Collectors.joining("\n")), problems, null);
        }
    }

    private void check(String path, String pointer, String key, YamlLocations lines, List<Problem> problems) {
        String fault = fault(path);
        if (fault == null) {
            return;
        }
        if (!lines.has(pointer)) {
            problems.add(Problem.error("outside-project", SourceRef.file(Excerpt.of(path, 80)),
                    "cannot be read: " + fault, HINT));
        } else {
            problems.add(Problem.error("outside-project", new SourceRef(ProjectFileReader.FILE_NAME,
                    lines.line(pointer), 0), key + " \"" + Excerpt.of(path, 80) + "\" cannot be read: " + fault,
                    HINT));
        }
    }
}

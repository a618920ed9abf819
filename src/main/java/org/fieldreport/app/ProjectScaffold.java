package org.fieldreport.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.fieldreport.ingest.Column;
import org.fieldreport.ingest.InputFormat;
import org.fieldreport.ingest.InputFormats;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Starts a new project for any NGO: a commented project.yaml, a header-only CSV for every input, narrative stubs
 * and a copy of the default report template,
 * which {@code validate} accepts at once. Never overwrites: a folder that already holds a project.yaml is refused.
 */
public final class ProjectScaffold {

    /** The default template's files, copied so that a new project can change its own report's look. */
    private static final List<String> TEMPLATE_FILES = List.of("report.ftlh", "report.css", "logo.png", "README.md");

    private ProjectScaffold() {
    }

    /** Writes the project and returns the files it created, relative to {@code folder}. */
    public static List<String> create(Path folder, String code, String name, String currency, LocalDate start) {
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new FieldReportException(ExitCode.USAGE, "--code \"" + code
                    + "\" may hold only letters, digits, '.', '_' and '-'");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new FieldReportException(ExitCode.USAGE, "--currency must be a three-letter ISO code such as USD");
        }
        Path yaml = folder.resolve("project.yaml");
        if (Files.exists(yaml)) {
            throw new FieldReportException(ExitCode.USAGE, yaml + " already exists; init never overwrites a project");
        }
        List<String> created = new ArrayList<>();
        try {
            Files.createDirectories(folder.resolve("data"));
            Files.createDirectories(folder.resolve("narrative"));
            write(folder, "project.yaml", template()
                    .replace("{{code}}", code)
                    .replace("{{name}}", yamlString(name))
                    .replace("{{currency}}", currency)
                    .replace("{{start}}", start.toString()), created);
            for (InputFormat<?> format : InputFormats.all()) {
                String header = CSVFormat.DEFAULT.format(format.columns().stream().map(Column::name).toArray());
                write(folder, format.kind().defaultPath(), header + "\n", created);
            }
            write(folder, "narrative/01-the-project.md", "# The Project\n\nWhat the project does, where and for whom."
                    + "\n", created);
            write(folder, "narrative/02-update.md", "# Update\n\nWhat happened in the reporting period.\n", created);
            Files.createDirectories(folder.resolve("templates"));
            for (String file : TEMPLATE_FILES) {
                try (InputStream in = ProjectScaffold.class.getResourceAsStream("/templates/annual-report/" + file)) {
                    if (in != null) {
                        Path target = folder.resolve("templates").resolve(file);
                        if (!Files.exists(target)) {
                            Files.write(target, in.readAllBytes());
                            created.add("templates/" + file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot create the project in " + folder + ": "
                    + e.getMessage(), e);
        }
        return created;
    }

    private static void write(Path folder, String relative, String text, List<String> created) throws IOException {
        Path file = folder.resolve(relative);
        if (Files.exists(file)) {
            return; // keep what the user already has
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        created.add(relative);
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String template() {
        try (InputStream in = ProjectScaffold.class.getResourceAsStream("project-template.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.fieldreport.cli;

import static org.fieldreport.ProjectCopy.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of input problems, run through the real {@code validate} command. Each folder under
 * {@code src/test/resources/errors/} holds the files that differ from {@code _base} (a small valid project) and an
 * {@code expected.txt}: the exit code on its first line, then every problem line exactly as the user sees it. The
 * same folders are the catalogue of messages in the README.
 */
class ErrorCatalogueTest {

    private static final Path ERRORS = Path.of("src/test/resources/errors");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ERRORS)) {
            return dirs.map(d -> d.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateReportsExactlyTheExpectedProblems(String name) throws IOException {
        Path project = temp.resolve(name);
        copy(ERRORS.resolve("_base"), project);
        copy(ERRORS.resolve(name), project);
        Files.deleteIfExists(project.resolve("expected.txt"));
        List<String> expected = Files.readAllLines(ERRORS.resolve(name).resolve("expected.txt"),
                StandardCharsets.UTF_8);
        String snapshot = snapshot(project);

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.exitCode()).as("exit code").isEqualTo(Integer.parseInt(expected.get(0).replace("exit ", "")));
        List<String> problems = (run.out() + run.err()).lines()
                .filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .toList();
        assertThat(problems).containsExactlyElementsOf(expected.subList(1, expected.size()));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot(project)).as("input files are never modified").isEqualTo(snapshot);
    }

    private static String snapshot(Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                s.append(dir.relativize(f)).append(' ').append(Files.size(f)).append(' ')
                        .append(java.util.Arrays.hashCode(Files.readAllBytes(f))).append('\n');
            }
        }
        return s.toString();
    }
}

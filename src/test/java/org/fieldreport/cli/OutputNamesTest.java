package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every output is one file inside {@code --out}: a {@code code} or {@code output.pattern} that would leave it is an
 * error naming the key and its line, and two projects of a batch that would write the same file are refused before
 * anything is written.
 */
class OutputNamesTest {

    @TempDir
    Path temp;

    private Path project(String name, String yamlTail) throws IOException {
        Path project = copy(Path.of("sample-data"), temp.resolve(name));
        Path yaml = project.resolve("project.yaml");
        Files.writeString(yaml, Files.readString(yaml) + yamlTail);
        return project;
    }

    private CliRun report(String... projects) {
        String[] args = new String[projects.length + 9];
        args[0] = "report";
        System.arraycopy(projects, 0, args, 1, projects.length);
        System.arraycopy(new String[] {"--period", "Y1", "--as-of", "2019-12-15", "--format", "json", "--out",
                temp.resolve("out/reports").toString()}, 0, args, projects.length + 1, 8);
        return CliRun.of(args);
    }

    /** Every regular file under the temporary folder, outside the projects' copies. */
    private long filesWritten() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'output:\n  pattern: \"../../x_{code}\"\n'|output.pattern \"../../x_{code}\" must give one file name inside"
                + " --out: it holds the folder separator '/'",
        "'output:\n  pattern: /tmp/x_{code}\n'|output.pattern \"/tmp/x_{code}\" must give one file name inside --out",
        "'output:\n  pattern: ..\n'|output.pattern \"..\" must give one file name inside --out: it names a folder",
        "'output:\n  pattern: \"C:{code}\"\n'|it holds ':'",
        "'output:\n  pattern: \"\\\\\\\\server\\\\{code}\"\n'|it holds the folder separator '\\'"})
    void aPatternThatLeavesTheOutputFolderIsAnErrorAtItsLine(String yaml, String message) throws IOException {
        Path project = project("p", yaml);
        CliRun run = report(project.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        // the pattern is the second line of what was appended to the sample's project.yaml
        long line = Files.readAllLines(project.resolve("project.yaml")).size();
        assertThat(run.err()).contains("project.yaml:" + line + ": error: output.pattern \"").contains(message);
        assertThat(filesWritten()).isZero();
    }

    @Test
    void aCodeThatLeavesTheOutputFolderIsAnErrorAtItsLine() throws IOException {
        Path project = project("p", "");
        Path yaml = project.resolve("project.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("code: KHM-HPC-PSK-P01", "code: \"../../x\""));
        CliRun run = report(project.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("project.yaml:3: error: code \"../../x\" cannot be part of an output file"
                + " name: it holds the folder separator '/'");
        assertThat(filesWritten()).isZero();
    }

    @Test
    void twoProjectsWithTheSameCodeInABatchWriteNothing() throws IOException {
        Path batch = temp.resolve("batch");
        Path a = copy(Path.of("sample-data"), batch.resolve("a"));
        Path b = copy(Path.of("sample-data"), batch.resolve("b"));
        copy(Path.of("sample-data"), batch.resolve("c"));
        Path yaml = b.resolve("project.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("code: KHM-HPC-PSK-P01", "code: khm-hpc-psk-p01"));
        CliRun run = report(batch.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("projects " + a + " and " + b + " would both write "
                + temp.resolve("out/reports/khm-hpc-psk-p01_Y1_donor") + ".*; nothing was written");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();

        Files.writeString(yaml, Files.readString(yaml).replace("code: khm-hpc-psk-p01", "code: KHM-2"));
        CliRun same = report(a.toString(), a.toString());
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("projects " + a + " and " + a + " would both write");
    }
}

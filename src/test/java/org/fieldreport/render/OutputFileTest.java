package org.fieldreport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileCreatingItsFolder() throws IOException {
        Path out = dir.resolve("out/report.pdf");
        OutputFile.write(out, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(out)).containsExactly(1, 2, 3);
        assertThat(names(out.getParent())).containsExactly("report.pdf");
    }

    @Test
    void aFailureHalfWayLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("report.pdf");
        Files.write(out, new byte[] {9});
        assertThatThrownBy(() -> OutputFile.write(out, stream -> {
            stream.write(new byte[] {1, 2});
            throw new IOException("disk full");
        }))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("cannot write " + out + ": disk full")
                .satisfies(e -> assertThat(((FieldReportException) e).exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED));
        assertThat(Files.readAllBytes(out)).containsExactly(9);
        assertThat(names(dir)).containsExactly("report.pdf");
    }

    @Test
    void aFolderThatCannotBeMadeIsAnOutputFailure() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> OutputFile.write(file.resolve("report.pdf"), new byte[] {1}))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("cannot write " + file.resolve("report.pdf") + ": ")
                .satisfies(e -> assertThat(((FieldReportException) e).exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED));
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

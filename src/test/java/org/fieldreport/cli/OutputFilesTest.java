package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How output files come to be: readable as the umask allows (internal reports by their owner alone), staged under
 * names of their own so that two runs into one folder each write whole files, and POI's temporary files kept in a
 * private folder of the run that is gone when the run ends.
 */
class OutputFilesTest {

    private static final List<String> ARGS = List.of("--period", "Y1", "--as-of", "2019-12-15");

    @TempDir
    Path temp;

    private String[] report(Path project, Path out, String audience, String formats) {
        List<String> args = new java.util.ArrayList<>(List.of("report", project.toString(), "--out", out.toString(),
                "--audience", audience, "--format", formats, "--quiet"));
        args.addAll(ARGS);
        return args.toArray(String[]::new);
    }

    private static List<String> permissions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(f -> f.getFileName() + " " + perms(f)).toList();
        }
    }

    private static String perms(Path f) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void internalReportsAreForTheirOwnerAloneAndOthersFollowTheUmask() throws Exception {
        Path project = copy(Path.of("sample-data"), temp.resolve("project"));

        CliRun internal = ChildJvm.start(temp, "002", List.of(), report(project, temp.resolve("internal"), "internal",
                "pdf,xlsx,html,json")).finish();
        CliRun donor = ChildJvm.start(temp, "002", List.of(), report(project, temp.resolve("donor"), "donor",
                "pdf,json")).finish();
        CliRun strict = ChildJvm.start(temp, "077", List.of(), report(project, temp.resolve("strict"), "donor",
                "json")).finish();

        assertThat(internal.exitCode()).as(internal.err()).isZero();
        assertThat(permissions(temp.resolve("internal"))).containsExactly(
                "KHM-HPC-PSK-P01_Y1_internal.html rw-------", "KHM-HPC-PSK-P01_Y1_internal.json rw-------",
                "KHM-HPC-PSK-P01_Y1_internal.pdf rw-------", "KHM-HPC-PSK-P01_Y1_internal.xlsx rw-------");
        assertThat(donor.exitCode()).as(donor.err()).isZero();
        assertThat(permissions(temp.resolve("donor"))).containsExactly(
                "KHM-HPC-PSK-P01_Y1_donor.json rw-rw-r--", "KHM-HPC-PSK-P01_Y1_donor.pdf rw-rw-r--");
        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(permissions(temp.resolve("strict"))).containsExactly("KHM-HPC-PSK-P01_Y1_donor.json rw-------");
    }

    @Test
    void twoRunsIntoOneFolderAtOnceEachWriteWholeFiles() throws Exception {
        Path project = copy(Path.of("sample-data"), temp.resolve("project"));
        CliRun alone = CliRun.of(report(project, temp.resolve("alone"), "donor", "pdf,xlsx,json"));
        assertThat(alone.exitCode()).as(alone.err()).isZero();

        ChildJvm first = ChildJvm.start(temp, "022", List.of(), report(project, temp.resolve("shared"), "donor",
                "pdf,xlsx,json"));
        ChildJvm second = ChildJvm.start(temp, "022", List.of(), report(project, temp.resolve("shared"), "donor",
                "pdf,xlsx,json"));
        CliRun one = first.finish();
        CliRun two = second.finish();

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        try (Stream<Path> files = Files.list(temp.resolve("shared"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "KHM-HPC-PSK-P01_Y1_donor.json", "KHM-HPC-PSK-P01_Y1_donor.pdf", "KHM-HPC-PSK-P01_Y1_donor.xlsx");
        }
        for (String ext : List.of("json", "pdf", "xlsx")) {
            String name = "KHM-HPC-PSK-P01_Y1_donor." + ext;
            assertThat(Files.mismatch(temp.resolve("alone").resolve(name), temp.resolve("shared").resolve(name)))
                    .as(name).isEqualTo(-1L);
        }
    }

    @Test
    void poiTemporaryFilesStayInThePrivateFolderOfTheRunWhichIsRemoved() throws Exception {
        Path project = copy(Path.of("sample-data"), temp.resolve("project"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "not a folder: a shared /tmp/poifiles another user made");
        Path stale = Files.createDirectories(tmp.resolve("fieldreport-run-999999999-12345"));
        Files.writeString(stale.resolve("workbook-1.xlsx"), "left by a run that was killed");
        Path otherProcess = Files.createDirectories(tmp.resolve("fieldreport-run-" + ProcessHandle.current().pid()
                + "-678"));

        CliRun run = ChildJvm.start(temp, "022", List.of("-Djava.io.tmpdir=" + tmp),
                report(project, temp.resolve("out"), "donor", "xlsx")).finish();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(temp.resolve("out/KHM-HPC-PSK-P01_Y1_donor.xlsx")).isNotEmptyFile();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(otherProcess.getFileName().toString(), "poifiles");
        }
    }
}

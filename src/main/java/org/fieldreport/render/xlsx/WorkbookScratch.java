package org.fieldreport.render.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * The private folder of one run for the workbook's temporary files: POI's streamed sheets and the workbook's raw
 * zip. POI would otherwise use a shared {@code /tmp/poifiles}, which another user may own (the run then fails) and
 * where files are left behind. The folder is made fresh (owner-only) under the system's temporary folder, named
 * after the process, and removed when the run ends, whatever the exit; a run killed before that leaves it, and the
 * next run removes every such folder of this user whose process is gone.
 */
public final class WorkbookScratch implements AutoCloseable {

    private static final String PREFIX = "fieldreport-run-";

    private final Path folder;

    private WorkbookScratch(Path folder) {
        this.folder = folder;
    }

    /** Removes stale folders of earlier runs, makes this run's and points POI's temporary files at it. */
    public static WorkbookScratch open() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(temp);
        try {
            Path folder = Files.createTempDirectory(temp, PREFIX + ProcessHandle.current().pid() + "-");
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
            return new WorkbookScratch(folder);
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot make a temporary folder in " + temp
                    + " for the workbook: " + e.getMessage() + "; set TMPDIR or -Djava.io.tmpdir to a folder you"
                    + " can write", e);
        }
    }

    /** The folder, for tests and messages. */
    public Path folder() {
        return folder;
    }

    /** Removes the folder and everything in it, and gives POI back its default. */
    @Override
    public void close() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        removeTree(folder);
    }

    private static void removeStale(Path temp) {
        Optional<UserPrincipal> me = currentUser(temp);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path entry : entries) {
                if (me.isPresent() && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !alive(entry)
                        && me.equals(owner(entry))) {
                    removeTree(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder that cannot be listed holds nothing this run can clean
        }
    }

    /** Whether the process the folder is named after still runs (a name not of that form counts as running). */
    private static boolean alive(Path entry) {
        String rest = entry.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static Optional<UserPrincipal> currentUser(Path temp) {
        try {
            return Optional.of(temp.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static Optional<UserPrincipal> owner(Path p) {
        try {
            return Optional.of(Files.getOwner(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void removeTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // what is left is removed by the next run
        }
    }
}

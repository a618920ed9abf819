package org.fieldreport.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Writes one output file atomically: the bytes go to a temporary file in the same folder, which then replaces the
 * target in one atomic move. A reader never sees half a file, and a failure leaves any earlier file of the same
 * name untouched and no temporary file behind. Any format can use it.
 */
public final class OutputFile {

    /** Writes the content to the stream it is given; may throw to abandon the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Writes {@code bytes} to {@code target}; see {@link #write(Path, Content)}. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} through a temporary sibling and an atomic move, creating the folder if needed.
     *
     * @throws FieldReportException with {@link ExitCode#OUTPUT_FAILED} when the file cannot be written
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            if (Files.getFileStore(temporary).supportsFileAttributeView(
                    java.nio.file.attribute.PosixFileAttributeView.class)) {
                // Temporary files are private to their owner; a report is an ordinary readable file.
                Files.setPosixFilePermissions(temporary,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED,
                    "cannot write " + target + ": " + reason(e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
        }
    }

    /** What went wrong, in words: "no such folder /proc/x", not the exception's name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException x) {
            return x.getFile() + " is in the way (it exists and is not a folder)";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }
}

package org.fieldreport.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.UUID;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Writes one output file atomically: the bytes go to a staging file in the same folder, named uniquely for this
 * write (two runs into one folder at once each stage their own file, and the last to finish wins), which then
 * replaces the target in one atomic move. A reader never sees half a file, and a failure leaves any earlier file of
 * the same name untouched and no staging file behind. The file gets the permissions the user's umask gives a new
 * file, or, for a confidential report, the owner's alone ({@code rw-------}, narrowed further by the umask).
 */
public final class OutputFile {

    /** Who may read the written file. */
    public enum Readers {
        /** Whoever the umask lets read a new file. */
        AS_UMASK_ALLOWS,
        /** The owner only, whatever the umask allows: internal (CONFIDENTIAL) reports. */
        OWNER_ONLY;

        /** {@link #OWNER_ONLY} for a confidential output. */
        public static Readers of(boolean confidential) {
            return confidential ? OWNER_ONLY : AS_UMASK_ALLOWS;
        }
    }

    /** Writes the content to the stream it is given; may throw to abandon the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Writes {@code bytes} to {@code target}, readable as the umask allows; see {@link #write(Path, Readers, Content)}. */
    public static void write(Path target, byte[] bytes) {
        write(target, Readers.AS_UMASK_ALLOWS, out -> out.write(bytes));
    }

    /** Writes {@code bytes} to {@code target} for {@code readers}; see {@link #write(Path, Readers, Content)}. */
    public static void write(Path target, Readers readers, byte[] bytes) {
        write(target, readers, out -> out.write(bytes));
    }

    /** Writes {@code target} readable as the umask allows; see {@link #write(Path, Readers, Content)}. */
    public static void write(Path target, Content content) {
        write(target, Readers.AS_UMASK_ALLOWS, content);
    }

    /**
     * Writes {@code target} through a staging sibling and an atomic move, creating the folder if needed.
     *
     * @throws FieldReportException with {@link ExitCode#OUTPUT_FAILED} when the file cannot be written
     */
    public static void write(Path target, Readers readers, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(folder);
            staging = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(staging,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), permissions(folder,
                            readers)))) {
                content.writeTo(out);
            }
            try {
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            staging = null;
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED,
                    "cannot write " + target + ": " + reason(e), e);
        } finally {
            if (staging != null) {
                try {
                    Files.deleteIfExists(staging);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
        }
    }

    /** None for the umask's own (the system applies it to a new file), or the owner's alone. */
    private static FileAttribute<?>[] permissions(Path folder, Readers readers) throws IOException {
        if (readers == Readers.AS_UMASK_ALLOWS
                || !Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                "rw-------"))};
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

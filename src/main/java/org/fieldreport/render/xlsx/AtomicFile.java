package org.fieldreport.render.xlsx;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Puts a finished file in place in one step: the file is written next to its destination under a temporary name
 * and then moved over it atomically, so a reader never sees half a workbook and a failed run leaves the old one.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** A new empty temporary file in {@code out}'s folder. */
    static Path temporaryBeside(Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + out.getFileName() + ".", ".tmp");
        if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            // temporary files are private to their owner; the report is an ordinary file
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return temporary;
    }

    static void moveInPlace(Path temporary, Path out) throws IOException {
        try {
            Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.fieldreport.render.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (an xlsx) so that its bytes depend only on its contents: every entry gets the same
 * timestamp, no extra fields or comments, and a fixed order ({@code [Content_Types].xml} first, as Office writes
 * it, then the rest by name). POI stamps entries with the time of writing, which would make two runs differ.
 *
 * <p>The timestamp is written as a local date-time (not converted through the machine's time zone), clamped to
 * 1980-01-01, the earliest a zip can hold.
 */
final class StableZip {

    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableZip() {
    }

    static void rewrite(Path from, OutputStream to, LocalDateTime time) throws IOException {
        LocalDateTime stamp = time.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : time;
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(to, 1 << 16))) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement());
            }
            entries.sort(Comparator.comparing((ZipEntry e) -> !e.getName().equals("[Content_Types].xml"))
                    .thenComparing(ZipEntry::getName));
            for (ZipEntry entry : entries) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}

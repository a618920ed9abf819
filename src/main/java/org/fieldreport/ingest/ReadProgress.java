package org.fieldreport.ingest;

/**
 * Told how far the reading of a file has got, for a progress bar; called on the thread that reads, now and then (not
 * for every row). {@link #NONE} ignores it.
 */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (file, bytesRead, totalBytes) -> { };

    void read(String file, long bytesRead, long totalBytes);
}

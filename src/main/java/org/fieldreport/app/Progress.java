package org.fieldreport.app;

import org.fieldreport.ingest.ReadProgress;

/**
 * What a long run tells whoever watches it: how far the reading of each file has got, and which project of a batch
 * is being reported. The command line draws it as a progress bar on a terminal; {@link #NONE} ignores it.
 */
public interface Progress extends ReadProgress {

    Progress NONE = new Progress() {
        @Override
        public void read(String file, long bytesRead, long totalBytes) {
        }

        @Override
        public void project(int index, int count, String folder) {
        }

        @Override
        public void done() {
        }
    };

    /** Project {@code index} (1-based) of {@code count} is starting. */
    void project(int index, int count, String folder);

    /** The run is over: clear whatever was drawn. */
    void done();
}

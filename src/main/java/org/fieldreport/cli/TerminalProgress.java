package org.fieldreport.cli;

import java.io.PrintWriter;
import org.fieldreport.app.Progress;

/**
 * A one-line progress bar on stderr, redrawn in place: the file being read and how far, or which project of a batch.
 * Drawn only for long work (files of {@value #LARGE_FILE} bytes or more, batches of several projects), at most ten
 * times a second, and only on a terminal and without {@code --quiet} ({@link #forTerminal}).
 */
final class TerminalProgress implements Progress {

    static final long LARGE_FILE = 8L << 20;
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private long lastDrawn;
    private int drawnWidth;
    private String batch = "";

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A bar when stderr is a terminal and the user did not ask for quiet; otherwise nothing. */
    static Progress forTerminal(PrintWriter err, boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress(err);
    }

    @Override
    public synchronized void read(String file, long bytesRead, long totalBytes) {
        if (totalBytes < LARGE_FILE) {
            return;
        }
        long now = System.nanoTime();
        if (bytesRead < totalBytes && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        int filled = (int) (WIDTH * bytesRead / Math.max(1, totalBytes));
        int percent = (int) (100 * bytesRead / Math.max(1, totalBytes));
        draw(batch + "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + " % reading " + file);
    }

    @Override
    public synchronized void project(int index, int count, String folder) {
        if (count > 1) {
            batch = "project " + index + " of " + count + " ";
            draw(batch + folder);
        }
    }

    @Override
    public synchronized void done() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    private void draw(String line) {
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }
}

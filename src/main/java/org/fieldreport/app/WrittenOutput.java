package org.fieldreport.app;

import java.nio.file.Path;

/** One file a run wrote: where, its format, its size and its SHA-256, for the run summary. */
public record WrittenOutput(Path path, OutputFormat format, long bytes, String sha256) {
}

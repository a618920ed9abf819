package org.fieldreport.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.render.xlsx.WorkbookView;
import org.fieldreport.render.xlsx.WorkbookWriter;

/**
 * The workbook made on a second thread while the PDF and HTML are typeset, when a run asks for both (measured on
 * the sample's Year 1, the one place a thread pays; see BENCHMARKS.md). The two share nothing but the published
 * report, which is immutable (its problems are frozen before rendering), so the bytes are those of making them one
 * after the other; and the file is still written in its turn, by {@link #writeTo}, so a format that fails before it
 * leaves no new workbook. Without a typeset format the workbook is made on the caller's thread.
 */
final class SideBySide implements AutoCloseable {

    private final ExecutorService thread;
    private final Future<WorkbookWriter.Prepared> making;
    private final WorkbookView view;
    private final Instant asOf;

    private SideBySide(WorkbookView view, Instant asOf, boolean beside) {
        this.view = view;
        this.asOf = asOf;
        this.thread = beside ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "workbook");
            t.setDaemon(true);
            return t;
        }) : null;
        this.making = beside ? thread.submit(() -> new WorkbookWriter().prepare(view, asOf)) : null;
    }

    /** Starts making the workbook when {@code formats} has it and a typeset format; {@code view} is null without it. */
    static SideBySide workbookIf(Set<OutputFormat> formats, java.util.function.Supplier<WorkbookView> view,
                                 Instant asOf) {
        if (!formats.contains(OutputFormat.XLSX)) {
            return new SideBySide(null, asOf, false);
        }
        return new SideBySide(view.get(), asOf,
                formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.HTML));
    }

    /** The workbook's values, for the project's workbook templates; null when the run asks for no workbook. */
    WorkbookView view() {
        return view;
    }

    /** Writes the workbook to {@code target}; what stopped its making is thrown here, as on the caller's thread. */
    void writeTo(Path target) {
        try {
            if (making == null) {
                new WorkbookWriter().write(view, target, asOf);
                return;
            }
            try (WorkbookWriter.Prepared prepared = made()) {
                prepared.writeTo(target);
            }
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot write " + target + ": " + e.getMessage(),
                    e);
        }
    }

    private WorkbookWriter.Prepared made() throws IOException {
        try {
            return making.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the workbook", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ends the thread; a workbook made but not written (a format before it failed) is removed. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        try {
            if (!making.isCancelled()) {
                making.get().close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | IOException e) {
            // its failure was reported by writeTo, or the run failed already in a format before the workbook
        }
        thread.shutdown();
    }
}

package org.fieldreport.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.fieldreport.ingest.ProjectFileReader;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.render.xlsx.WorkbookScratch;

/**
 * A {@code report} request over one or more project folders: each folder (a folder of project folders stands for
 * each of them, in name order) is reported by its own {@link ReportRun}, one after the other or, under
 * {@code --parallel}, one per core. Projects are independent: a broken one is reported and the others still
 * render; the run's exit code is the worst of them.
 */
public final class BatchRun {

    private BatchRun() {
    }

    /** Runs the request; never throws for a project's failure, only for a mistake in the request itself. */
    public static RunSummary run(ReportRequest request) {
        long started = System.nanoTime();
        List<Path> folders = expand(request.projects());
        OutputNameClash.check(folders, request);
        List<ProjectOutcome> outcomes;
        try (WorkbookScratch scratch = WorkbookScratch.open()) {
            outcomes = request.parallel() && folders.size() > 1 ? inParallel(folders, request)
                    : inTurn(folders, request);
        }
        request.progress().done();
        ExitCode exit = ExitCode.OK;
        for (ProjectOutcome o : outcomes) {
            exit = exit.worst(o.exitCode());
        }
        return new RunSummary(request, outcomes, exit, (System.nanoTime() - started) / 1_000_000);
    }

    private static List<ProjectOutcome> inTurn(List<Path> folders, ReportRequest request) {
        List<ProjectOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            request.progress().project(i + 1, folders.size(), folders.get(i).toString());
            outcomes.add(ReportRun.run(folders.get(i), request));
        }
        return outcomes;
    }

    private static List<ProjectOutcome> inParallel(List<Path> folders, ReportRequest request) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(folders.size(),
                Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<ProjectOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                Path folder = folders.get(i);
                int index = i + 1;
                futures.add(pool.submit(() -> {
                    request.progress().project(index, folders.size(), folder.toString());
                    return ReportRun.run(folder, request);
                }));
            }
            List<ProjectOutcome> outcomes = new ArrayList<>();
            for (Future<ProjectOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FieldReportException(ExitCode.INTERNAL, "interrupted", e);
        } catch (ExecutionException e) {
            // ReportRun.run catches every failure of a project; what arrives here is a bug
            throw new IllegalStateException("a project's run failed unexpectedly", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** A folder without project.yaml whose subfolders hold projects stands for each of them, in name order. */
    static List<Path> expand(List<Path> folders) {
        List<Path> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isRegularFile(folder.resolve(ProjectFileReader.FILE_NAME)) && Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    List<Path> projects = children
                            .filter(c -> Files.isRegularFile(c.resolve(ProjectFileReader.FILE_NAME)))
                            .sorted().toList();
                    if (!projects.isEmpty()) {
                        out.addAll(projects);
                        continue;
                    }
                } catch (IOException e) {
                    // reported by the project's own run as a missing project
                }
            }
            out.add(folder);
        }
        return out;
    }
}

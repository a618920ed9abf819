package org.fieldreport.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.fieldreport.indicators.BudgetAgainstActual;
import org.fieldreport.indicators.BudgetReport;
import org.fieldreport.indicators.FinanceFigures;
import org.fieldreport.indicators.IndicatorEngine;
import org.fieldreport.indicators.IndicatorResult;
import org.fieldreport.indicators.MonthlyActivity;
import org.fieldreport.ingest.ProjectFileReader;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceFile;
import org.fieldreport.privacy.IndicatorPublication;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.SuppressionPolicy;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.fieldreport.render.NarrativeSection;
import org.fieldreport.render.OutputFile;
import org.fieldreport.render.ReportAssembly;
import org.fieldreport.render.ReportContent;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.WarmUp;
import org.fieldreport.render.html.HtmlReport;
import org.fieldreport.render.json.ReportJson;
import org.fieldreport.render.narrative.NameDenyList;
import org.fieldreport.render.narrative.Narrative;
import org.fieldreport.render.narrative.NarrativeFolder;
import org.fieldreport.render.pdf.PdfReport;
import org.fieldreport.render.template.TemplateSource;
import org.fieldreport.render.xlsx.WorkbookAssembly;
import org.fieldreport.render.xlsx.WorkbookWriter;

/**
 * The {@code report} use case: for each project, one ingest and one computation, then every requested format
 * written atomically into the output folder as {@code {code}_{period}_{audience}.{ext}}. Projects are independent: a
 * broken one is reported and the others still render; the run's exit code is the worst of them.
 */
public final class ReportRun {

    private ReportRun() {
    }

    /** Runs the request; never throws for a project's failure, only for a mistake in the request itself. */
    public static RunSummary run(ReportRequest request) {
        long started = System.nanoTime();
        WarmUp workbookWarmUp = WarmUp.none(); // the workbook's warm-up is gone; the lead removes WarmUp itself
        List<Path> folders = expand(request.projects());
        List<ProjectOutcome> outcomes = new ArrayList<>();
        if (request.parallel() && folders.size() > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(folders.size(),
                    Runtime.getRuntime().availableProcessors()));
            try {
                List<Future<ProjectOutcome>> futures = new ArrayList<>();
                for (int i = 0; i < folders.size(); i++) {
                    Path folder = folders.get(i);
                    int index = i + 1;
                    futures.add(pool.submit(() -> {
                        request.progress().project(index, folders.size(), folder.toString());
                        return project(folder, request, workbookWarmUp);
                    }));
                }
                for (Future<ProjectOutcome> f : futures) {
                    outcomes.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FieldReportException(ExitCode.INTERNAL, "interrupted", e);
            } catch (ExecutionException e) {
                throw new FieldReportException(ExitCode.INTERNAL, String.valueOf(e.getCause()), e.getCause());
            } finally {
                pool.shutdown();
            }
        } else {
            for (int i = 0; i < folders.size(); i++) {
                request.progress().project(i + 1, folders.size(), folders.get(i).toString());
                outcomes.add(project(folders.get(i), request, workbookWarmUp));
            }
        }
        request.progress().done();
        ExitCode exit = ExitCode.OK;
        for (ProjectOutcome o : outcomes) {
            exit = exit.worst(o.exitCode());
        }
        return new RunSummary(request, outcomes, exit, (System.nanoTime() - started) / 1_000_000);
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
                    // reported below as a missing project
                }
            }
            out.add(folder);
        }
        return out;
    }

    private static ProjectOutcome project(Path folder, ReportRequest request, WarmUp workbookWarmUp) {
        try {
            return render(folder, request, workbookWarmUp);
        } catch (FieldReportException e) {
            return ProjectOutcome.failed(folder, e.exitCode(), e.getMessage().lines().findFirst().orElse(""),
                    e.problems());
        } catch (RuntimeException e) {
            return ProjectOutcome.failed(folder, ExitCode.INTERNAL, "internal error: " + e, List.of());
        }
    }

    private static ProjectOutcome render(Path folder, ReportRequest request, WarmUp workbookWarmUp) {
        LoadedProject loaded = ProjectLoader.load(folder, request.progress());
        ProjectData data = loaded.data();
        Project project = data.project();
        Problems problems = loaded.problems();
        ChosenPeriod chosen = ChosenPeriod.of(project, request.period(), request.asOf());

        List<IndicatorResult> results = new IndicatorEngine(data, new FinanceFigures(data)).compute(chosen.period());
        BudgetReport budget = null;
        if (chosen.year() != 0) {
            try {
                budget = BudgetAgainstActual.report(data, chosen.period(), chosen.year());
            } catch (IllegalArgumentException e) {
                throw new FieldReportException(ExitCode.USAGE, "project.yaml: " + e.getMessage(), e);
            }
        }
        SuppressionPolicy policy = new SuppressionPolicy(project.privacy(), request.audience());
        MonthlyActivity monthly = MonthlyActivity.of(data, chosen.period());
        List<PublishedIndicator> published = new IndicatorPublication(policy, ContactGrids.of(results, monthly))
                .publish(results);
        List<NarrativeSection> narrative = List.of();
        Set<OutputFormat> formats = request.formats();
        if (formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.HTML)) {
            narrative = narrative(project, published, problems);
        }
        ReportContent content = new ReportContent(data, chosen.period(), chosen.asOf(), published, budget,
                monthly, narrative, problems, policy, reproducing(request, chosen));

        Instant asOf = chosen.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
        String base = project.output().pattern()
                .replace("{code}", project.code())
                .replace("{period}", chosen.period().key())
                .replace("{audience}", request.audience().key());
        Set<Path> inputs = inputs(project, data);
        List<WrittenOutput> written = new ArrayList<>();
        EarlyWorkbook early = EarlyWorkbook.start(content, formats, workbookWarmUp,
                request.out().resolve(base + "." + OutputFormat.XLSX.extension()), inputs, asOf);
        ReportView view = null;
        TemplateSource template = null;
        try {
            for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.HTML, OutputFormat.XLSX,
                    OutputFormat.JSON)) {
                if (!formats.contains(format)) {
                    continue;
                }
                Path target = request.out().resolve(base + "." + format.extension());
                refuseInput(target, inputs);
                if ((format == OutputFormat.PDF || format == OutputFormat.HTML) && view == null) {
                    view = ReportAssembly.view(content);
                    template = template(project, request);
                }
                switch (format) {
                    case PDF -> PdfReport.write(view, target, template, asOf).warnings().forEach(problems::add);
                    case HTML -> HtmlReport.write(view, target, template, asOf).warnings().forEach(problems::add);
                    case XLSX -> {
                        if (early == null || !early.moveInPlace()) {
                            workbookWarmUp.await();
                            writeWorkbook(content, target, asOf);
                        }
                    }
                    case JSON -> OutputFile.write(target, ReportJson.render(content).getBytes(StandardCharsets.UTF_8));
                }
                written.add(describe(target, format));
            }
        } finally {
            if (early != null) {
                early.discard();
            }
        }

        ExitCode exit = RunVerdict.forProblems(problems, request.strict());
        List<String> flags = new ArrayList<>();
        if (budget != null) {
            budget.flagged().forEach(r -> flags.add(r.lineCode()));
            if (!budget.expenses().unconverted().isEmpty()) {
                flags.add("unconverted expenses: " + budget.expenses().unconverted().size());
            }
        }
        if (request.failOnFlagged() && !flags.isEmpty()) {
            exit = exit.worst(ExitCode.BUDGET_FLAG);
        }
        return new ProjectOutcome(folder, project.code(), chosen.period().key(), exit, null, written,
                problems.all(), byFile(data, problems), problems.errorCount(), problems.warningCount(),
                data.sources().stream().mapToInt(SourceFile::excluded).sum(), flags, keyFigures(published),
                budget == null ? null : budget.total().spentPercent(),
                budget == null ? null : budget.funding().headline());
    }

    /** The run's command line, with the as-of date it used when none was given, so it reproduces the bytes. */
    private static String reproducing(ReportRequest request, ChosenPeriod chosen) {
        return request.asOf() != null || request.command().contains("--as-of") ? request.command()
                : request.command() + " --as-of " + chosen.asOf();
    }

    private static List<NarrativeSection> narrative(Project project, List<PublishedIndicator> published,
                                                    Problems problems) {
        Path folder = project.resolve(project.narrative());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        NameDenyList deny = project.privacy().denyList() == null ? NameDenyList.none()
                : NameDenyList.read(project.resolve(project.privacy().denyList()));
        return NarrativeFolder.read(folder, project.narrative(),
                new Narrative(ReportAssembly.narrativeFigures(published, project.currency()), deny), problems);
    }

    private static TemplateSource template(Project project, ReportRequest request) {
        if (request.template() != null) {
            if (!Files.isDirectory(request.template())) {
                throw new FieldReportException(ExitCode.USAGE, "--template " + request.template()
                        + ": no such folder");
            }
            return TemplateSource.folder(request.template());
        }
        if (project.templates() != null && Files.isDirectory(project.resolve(project.templates()))) {
            return TemplateSource.folder(project.resolve(project.templates()));
        }
        return TemplateSource.bundled();
    }

    /**
     * The workbook written on a thread of its own while the PDF and HTML are typeset, when both are asked for. The
     * workbook lists the run's problems, and typesetting can add warnings: if it did, the early workbook is not
     * valid and is written again once they are known, so the bytes are always those of the one-by-one order.
     */
    private static final class EarlyWorkbook {
        private final Problems problems;
        private final int problemsBefore;
        private final Future<?> writing;
        private final Path staging;
        private final Path target;

        private EarlyWorkbook(Problems problems, Future<?> writing, Path staging, Path target) {
            this.problems = problems;
            this.problemsBefore = count(problems);
            this.writing = writing;
            this.staging = staging;
            this.target = target;
        }

        static EarlyWorkbook start(ReportContent content, Set<OutputFormat> formats, WarmUp warmUp, Path target,
                                   Set<Path> inputs, Instant asOf) {
            if (!formats.contains(OutputFormat.XLSX)
                    || !(formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.HTML))) {
                return null;
            }
            if (inputs.contains(real(target))) {
                return null; // refused in its turn, with the other formats, as before
            }
            // the view reads the problems here, on this thread, before typesetting can add any
            var view = WorkbookAssembly.from(content);
            // staged beside the target: it replaces an earlier workbook only once every format before it succeeded
            Path staging = target.resolveSibling("." + target.getFileName() + ".early");
            ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "workbook");
                t.setDaemon(true);
                return t;
            });
            Future<?> writing = thread.submit(() -> {
                warmUp.await();
                try {
                    new WorkbookWriter().write(view, staging, asOf);
                } catch (IOException e) {
                    throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot write " + target + ": "
                            + e.getMessage(), e);
                }
            });
            thread.shutdown();
            return new EarlyWorkbook(content.problems(), writing, staging, target);
        }

        /**
         * Waits for the early workbook and, when no problem was added since it was assembled, moves it into place;
         * false when it must be written again.
         */
        boolean moveInPlace() {
            if (!stillValid()) {
                return false;
            }
            try {
                Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot write " + target + ": "
                        + e.getMessage(), e);
            }
            return true;
        }

        /** Removes the staged workbook if it was not moved into place (a later format failed). */
        void discard() {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the failure is reported by moveInPlace, or the run failed already
            }
            try {
                Files.deleteIfExists(staging);
            } catch (IOException e) {
                // best effort: a hidden .early file in the output folder
            }
        }

        /** Waits for the early workbook; true when no problem was added since it was assembled. */
        private boolean stillValid() {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the workbook", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
            return count(problems) == problemsBefore;
        }

        private static int count(Problems problems) {
            return problems.errorCount() + problems.warningCount() + problems.notKept();
        }
    }

    private static void writeWorkbook(ReportContent content, Path target, Instant asOf) {
        try {
            new WorkbookWriter().write(WorkbookAssembly.from(content), target, asOf);
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot write " + target + ": " + e.getMessage(),
                    e);
        }
    }

    /** Every file the project reads: an output may never replace one of them. */
    private static Set<Path> inputs(Project project, ProjectData data) {
        Set<Path> inputs = new HashSet<>();
        inputs.add(real(project.folder().resolve(ProjectFileReader.FILE_NAME)));
        for (var spec : project.files().values()) {
            inputs.add(real(project.resolve(spec.path())));
        }
        return inputs;
    }

    private static void refuseInput(Path target, Set<Path> inputs) {
        if (inputs.contains(real(target))) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "refusing to write " + target
                    + ": it is one of the project's input files; choose another --out folder");
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static WrittenOutput describe(Path file, OutputFormat format) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return new WrittenOutput(file, format, bytes.length, HexFormat.of().formatHex(sha.digest(bytes)));
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot read back " + file + ": "
                    + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, int[]> byFile(ProjectData data, Problems problems) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (SourceFile s : data.sources()) {
            int e = problems.errorCount(s.file());
            int w = problems.warningCount(s.file());
            if (e + w > 0) {
                out.put(s.file(), new int[] {e, w});
            }
        }
        return out;
    }

    /** The first few headline figures, as the audience may see them, for the portfolio table. */
    private static Map<String, String> keyFigures(List<PublishedIndicator> published) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (PublishedIndicator p : published) {
            if (figures.size() == 3) {
                break;
            }
            if (p.result().available() && !"finance".equalsIgnoreCase(String.valueOf(p.result().declaration()
                    .measure()))) {
                figures.put(p.id(), p.value().isSuppressed() ? p.value().mark()
                        : p.value().value().stripTrailingZeros().toPlainString());
            }
        }
        return figures;
    }
}

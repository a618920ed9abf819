package org.fieldreport.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fieldreport.ingest.ProjectBoundary;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.privacy.PublishedIndicator;
import org.fieldreport.privacy.PublishedReport;
import org.fieldreport.privacy.ReportPublication;
import org.fieldreport.privacy.SuppressionPolicy;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.fieldreport.render.OutputFile;
import org.fieldreport.render.ReportAssembly;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.html.HtmlReport;
import org.fieldreport.render.json.ReportJson;
import org.fieldreport.render.narrative.NameDenyList;
import org.fieldreport.render.narrative.Narrative;
import org.fieldreport.render.narrative.NarrativeFolder;
import org.fieldreport.render.pdf.PdfReport;
import org.fieldreport.render.template.TemplateSource;
import org.fieldreport.render.xlsx.WorkbookAssembly;

/**
 * The {@code report} use case for one project: load the folder, compute the figures, publish them for the
 * audience, render each requested format once and write it atomically into the output folder. The problems of
 * loading are frozen before anything is rendered; warnings met while rendering are kept apart and added to the
 * outcome only. {@link BatchRun} runs this for each project of a request.
 */
final class ReportRun {

    /** The order formats are rendered in: the same in every run, so the same inputs give the same bytes. */
    private static final List<OutputFormat> ORDER = List.of(OutputFormat.PDF, OutputFormat.HTML, OutputFormat.XLSX,
            OutputFormat.JSON);

    private ReportRun() {
    }

    /** Reports one project folder; a project's failure becomes its outcome, it is never thrown. */
    static ProjectOutcome run(Path folder, ReportRequest request) {
        try {
            return report(folder, request);
        } catch (FieldReportException e) {
            return ProjectOutcome.failed(folder, e.exitCode(), e.getMessage().lines().findFirst().orElse(""),
                    e.problems(), e);
        } catch (RuntimeException e) {
            return ProjectOutcome.failed(folder, ExitCode.INTERNAL, "internal error: " + e, List.of(), e);
        }
    }

    private static ProjectOutcome report(Path folder, ReportRequest request) {
        LoadedProject loaded = ProjectLoader.load(folder, request.outside(), request.progress());
        Project project = loaded.data().project();
        ChosenPeriod chosen = ChosenPeriod.of(loaded.data(), request.period(), request.asOf());
        PeriodCoverage.check(loaded.data(), chosen.period(), java.util.EnumSet.of(InputKind.OUTREACH_NIGHTS,
                InputKind.ATTENDANCE, InputKind.EXPENSES), loaded.problems());
        ReportFigures figures = ReportFigures.compute(loaded.data(), chosen);
        PublishedReport content = publish(loaded, chosen, figures, request);

        OutputStaging staging = OutputStaging.of(project, request, chosen.period().key());
        Instant asOf = chosen.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Problem> renderWarnings = new ArrayList<>();
        List<WrittenOutput> written = new ArrayList<>();
        try (SideBySide workbook = SideBySide.workbookIf(request.formats(), () -> WorkbookAssembly.from(content),
                asOf)) {
            ReportView view = null;
            TemplateSource template = null;
            for (OutputFormat format : ORDER) {
                if (!request.formats().contains(format)) {
                    continue;
                }
                if ((format == OutputFormat.PDF || format == OutputFormat.HTML) && view == null) {
                    view = ReportAssembly.view(content);
                    template = template(project, request);
                }
                switch (format) {
                    case PDF -> renderWarnings.addAll(PdfReport.write(view, staging.target(format), template, asOf)
                            .warnings());
                    case HTML -> renderWarnings.addAll(HtmlReport.write(view, staging.target(format), template,
                            asOf).warnings());
                    case XLSX -> workbook.writeTo(staging.target(format));
                    case JSON -> OutputFile.write(staging.target(format),
                            OutputFile.Readers.of(request.audience().isConfidential()),
                            ReportJson.render(content).getBytes(StandardCharsets.UTF_8));
                }
                written.add(staging.written(format));
            }
        }
        return outcome(folder, request, loaded, chosen, figures, content, renderWarnings, written);
    }

    /**
     * The figures as the request's audience may see them, with the narrative that quotes them: all a renderer of the
     * run can see. The problems are frozen once the narrative is read, before anything is rendered.
     */
    private static PublishedReport publish(LoadedProject loaded, ChosenPeriod chosen, ReportFigures figures,
                                           ReportRequest request) {
        Project project = loaded.data().project();
        ReportPublication publication = new ReportPublication(new SuppressionPolicy(project.privacy(),
                request.audience()), loaded.data(), chosen.period(), chosen.asOf(), figures.indicators(),
                figures.budget(), figures.monthly());
        List<NarrativeSection> narrative = request.formats().contains(OutputFormat.PDF)
                || request.formats().contains(OutputFormat.HTML)
                ? narrative(loaded, publication.indicators()) : List.of();
        return publication.report(narrative, loaded.problems().freeze(),
                ReproducingCommand.of(project.folder(), request, chosen));
    }

    private static ProjectOutcome outcome(Path folder, ReportRequest request, LoadedProject loaded,
                                          ChosenPeriod chosen, ReportFigures figures, PublishedReport content,
                                          List<Problem> renderWarnings, List<WrittenOutput> written) {
        Problems problems = loaded.problems().copy();
        renderWarnings.forEach(problems::add);
        FundingWarning.of(figures.budget() == null ? null : figures.budget().funding(), loaded.data())
                .ifPresent(problems::add);
        ExitCode exit = RunVerdict.forProblems(problems, request.strict());
        List<String> flags = Headlines.budgetFlags(figures.budget());
        if (request.failOnFlagged() && !flags.isEmpty()) {
            exit = exit.worst(ExitCode.BUDGET_FLAG);
        }
        var data = loaded.data();
        return new ProjectOutcome(folder, data.project().code(), chosen.period().key(), exit, null, written,
                problems.all(), Headlines.byFile(data, problems), problems.errorCount(), problems.warningCount(),
                data.sources().stream().mapToInt(s -> s.excluded()).sum(), flags,
                Headlines.keyFigures(content.indicators()),
                figures.budget() == null ? null : figures.budget().total().spentPercent(),
                figures.budget() == null ? null : figures.budget().funding().headline(), null);
    }

    private static List<NarrativeSection> narrative(LoadedProject loaded, List<PublishedIndicator> published) {
        Project project = loaded.data().project();
        Path folder = project.resolve(project.narrative());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        NameDenyList deny = project.privacy().denyList() == null ? NameDenyList.none()
                : NameDenyList.read(project.resolve(project.privacy().denyList()));
        return NarrativeFolder.read(folder, project.narrative(),
                new Narrative(ReportAssembly.narrativeFigures(published, project.currency()), deny,
                        loaded.childCodes()::mask), loaded.problems());
    }

    private static TemplateSource template(Project project, ReportRequest request) {
        if (request.template() != null) {
            if (!Files.isDirectory(request.template())) {
                throw new FieldReportException(ExitCode.USAGE, "--template " + request.template()
                        + ": no such folder");
            }
            String outside = ProjectBoundary.of(request.template(), request.outside()).fault(".");
            if (outside != null) {
                throw new FieldReportException(ExitCode.USAGE, "--template " + request.template()
                        + " cannot be used: " + outside);
            }
            return TemplateSource.folder(request.template());
        }
        if (project.templates() != null && Files.isDirectory(project.resolve(project.templates()))) {
            return TemplateSource.folder(project.resolve(project.templates()));
        }
        return TemplateSource.bundled();
    }
}

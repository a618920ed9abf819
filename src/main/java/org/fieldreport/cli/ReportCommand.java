package org.fieldreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldreport.app.OutputFormat;
import org.fieldreport.app.ReportRequest;
import org.fieldreport.app.BatchRun;
import org.fieldreport.app.RunSummary;
import org.fieldreport.app.RunSummaryJson;
import org.fieldreport.privacy.Audience;
import org.fieldreport.render.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldreport report}: the donor report and its workbook, HTML and JSON, for one or more projects. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report of one or more projects for a period: PDF, workbook, HTML and JSON from one"
                + " ingest, into --out as {code}_{period}_{audience}.{ext}.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PROJECT_DIR",
            description = "Project folders, or a folder of project folders (default: the current folder).")
    List<Path> projects;

    @Mixin
    PeriodOptions when;

    @Option(names = {"-f", "--format"}, defaultValue = "pdf,xlsx", paramLabel = "FORMAT",
            description = "pdf, xlsx, html, json, comma-separated (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, defaultValue = "out", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-a", "--audience"}, defaultValue = "donor", paramLabel = "AUDIENCE",
            description = "internal, donor or public (default: ${DEFAULT-VALUE}).")
    Audience audience;


    @Option(names = "--template", paramLabel = "DIR", description = "A template folder to use instead of the"
            + " project's or the bundled one.")
    Path template;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Option(names = "--fail-on", paramLabel = "flagged|audit", split = ",",
            description = "flagged: exit 3 when a budget line needs donor approval or an expense could not be"
                    + " converted; audit: exit 3 when a filled workbook template has a finding (both: flagged,audit).")
    java.util.Set<FailOn> failOn = java.util.EnumSet.noneOf(FailOn.class);

    @Option(names = "--parallel", description = "Render several projects at once, on the available cores.")
    boolean parallel;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the run summary as JSON to FILE (- for"
            + " stdout).")
    String summary;

    @Mixin
    OutsideFolders outside;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    enum FailOn { flagged, audit }

    @Override
    public Integer call() {
        List<Path> folders = projects == null || projects.isEmpty() ? List.of(Path.of(".")) : projects;
        ReportRequest request = new ReportRequest(folders, when.period, OutputFormat.parseList(format), audience, out,
                when.asOf, template, strict, failOn.contains(FailOn.flagged),
                failOn.contains(FailOn.audit), parallel, commandLine(),
                TerminalProgress.forTerminal(spec.commandLine().getErr(), common.quiet), outside.folders());
        RunSummary run = BatchRun.run(request);

        var stdout = spec.commandLine().getOut();
        RunPrinter.print(run, when, stdout, spec.commandLine().getErr(), common, !"-".equals(summary));
        if (summary != null) {
            String json = RunSummaryJson.render(run);
            if (summary.equals("-")) {
                stdout.print(json);
            } else {
                OutputFile.write(Path.of(summary), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        stdout.flush();
        return run.exitCode().code();
    }

    /** The command line as given, for the run summary (a report quotes only what changes its content). */
    private String commandLine() {
        StringBuilder s = new StringBuilder("fieldreport report");
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            if (arg.equals("report")) {
                continue;
            }
            s.append(' ').append(arg.contains(" ") ? "'" + arg + "'" : arg);
        }
        return s.toString();
    }
}

package org.fieldreport.cli;

import java.util.concurrent.Callable;
import org.fieldreport.app.IndicatorReport;
import org.fieldreport.render.csv.IndicatorsCsv;
import org.fieldreport.render.json.IndicatorsJson;
import org.fieldreport.render.text.IndicatorsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldreport indicators}: the logframe table for one period, as text, JSON or CSV. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Compute the project's indicators for a period: baseline, target, actual, %% achieved, status.")
final class IndicatorsCommand implements Callable<Integer> {

    @Mixin
    ProjectFolder project;

    @Mixin
    PeriodOptions when;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    OutputChoice format;

    @Option(names = {"-a", "--audience"}, defaultValue = "internal", paramLabel = "AUDIENCE",
            description = "internal (nothing suppressed), donor or public (default: ${DEFAULT-VALUE}).")
    org.fieldreport.privacy.Audience audience;

    @Mixin
    TableWidth table;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum OutputChoice { text, json, csv }

    @Override
    public Integer call() {
        IndicatorReport report = IndicatorReport.of(project.path, project.outside(), when.period, when.asOf, audience);
        var problems = report.problems();
        var err = spec.commandLine().getErr();
        var period = report.published().scope().period();
        when.sayChosen(err, common.quiet, "", period.label(), period.key());
        Diagnostics.print(err, problems.all(), problems.notKept(), common, "");
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> IndicatorsJson.render(report.published());
            case csv -> IndicatorsCsv.render(report.published());
            case text -> IndicatorsText.render(report.published(), Terminal.colour(), table.columns());
        });
        out.flush();
        return report.exitCode().code();
    }
}

package org.fieldreport.cli;

import java.util.concurrent.Callable;
import org.fieldreport.app.Validation;
import org.fieldreport.render.json.ValidationJson;
import org.fieldreport.render.text.ValidationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldreport validate}: checks a project's files; the problems on stderr, a summary per file on stdout. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a project's project.yaml and CSV files; print every problem and a summary per file.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ProjectFolder project;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputChoice format;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum OutputChoice { text, json }

    @Override
    public Integer call() {
        Validation v = Validation.of(project.path, project.outside(), strict);
        var data = v.loaded().data();
        var out = spec.commandLine().getOut();
        var problems = v.loaded().problems();
        if (format == OutputChoice.json) {
            out.print(ValidationJson.render(data.project(), data.sources(), problems, v.exitCode()));
        } else {
            // the problems are diagnostics (stderr); the summary per file is the result (stdout)
            Diagnostics.print(spec.commandLine().getErr(), problems.all(), problems.notKept(), common, "");
            if (!common.quiet) {
                out.print(ValidationText.render(data.sources(), problems));
            }
        }
        out.flush();
        return v.exitCode().code();
    }
}

package org.fieldreport.cli;

import java.util.concurrent.Callable;
import org.fieldreport.app.Validation;
import org.fieldreport.render.json.ValidationJson;
import org.fieldreport.render.text.ValidationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldreport validate}: checks a project's files and prints every problem and a summary per file. */
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
        if (format == OutputChoice.json) {
            out.print(ValidationJson.render(data.project(), data.sources(), v.loaded().problems(), v.exitCode()));
        } else if (!common.quiet || v.exitCode().code() != 0) {
            out.print(ValidationText.render(data.sources(), v.loaded().problems()));
        }
        out.flush();
        return v.exitCode().code();
    }
}

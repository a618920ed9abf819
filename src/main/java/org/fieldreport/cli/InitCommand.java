package org.fieldreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldreport.app.ProjectScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldreport init DIR}: scaffolds a new project that {@code validate} accepts at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a new project: a commented project.yaml, header-only CSVs and narrative stubs.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the project in.")
    Path folder;

    @Option(names = "--code", defaultValue = "NEW-PROJECT", description = "Project code (default: ${DEFAULT-VALUE}).")
    String code;

    @Option(names = "--name", defaultValue = "New project", description = "Project name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--currency", defaultValue = "USD", description = "Reporting currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--start", description = "First day of Year 1, yyyy-MM-dd (default: 1 January of this year).")
    LocalDate start;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate first = start != null ? start
                : org.fieldreport.app.AsOfDate.resolve(null, java.time.ZoneOffset.UTC).withDayOfYear(1);
        List<String> created = ProjectScaffold.create(folder, code, name, currency, first);
        if (!common.quiet) {
            var out = spec.commandLine().getOut();
            created.forEach(f -> out.println("created " + folder.resolve(f)));
            out.println("Next: export your data into " + folder.resolve("data") + ", then run `fieldreport validate "
                    + folder + "`.");
            out.flush();
        }
        return 0;
    }
}

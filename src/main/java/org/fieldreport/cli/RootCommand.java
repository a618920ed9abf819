package org.fieldreport.cli;

import picocli.CommandLine.Command;

/** The {@code fieldreport} command: lists the subcommands and the exit codes they share. */
@Command(name = "fieldreport",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns an NGO's CSV exports into programme and donor reports.",
        subcommands = {
            ValidateCommand.class,
            SchemaCommand.class,
            InitCommand.class,
            SampleCommand.class,
            BudgetCommand.class,
            IndicatorsCommand.class,
            ReportCommand.class,
            CompletionCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.fieldreport.cli;

import java.util.concurrent.Callable;
import org.fieldreport.app.InputSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldreport schema [KIND]}: the columns of each input file, their types and an example row. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print each input file's columns, their types and an example row.")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "KIND",
            description = "outreach_nights, attendance, budget, expenses, funding or rates (default: all).")
    String kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(InputSchemas.describe(kind));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

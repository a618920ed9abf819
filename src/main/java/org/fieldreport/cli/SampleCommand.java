package org.fieldreport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldreport.app.SampleGeneration;
import org.fieldreport.sample.GeneratedSample;
import org.fieldreport.sample.SampleProjectGenerator;
import org.fieldreport.sample.SampleScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldreport sample}: writes the sample project's CSV files, the same bytes for the same seed. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Write the Phnom Penh sample project's CSV files into DIR/data/ (deterministic for a seed).",
            "Add project.yaml (copy sample-data/project.yaml) to make DIR a project."})
final class SampleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder to write data/ into.")
    Path project;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SampleProjectGenerator.DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}, the committed sample-data).")
    long seed;

    @Option(names = "--attendance-rows", paramLabel = "N", defaultValue = "0",
            description = "Write exactly N benchmark attendance rows instead of the natural sample.")
    long attendanceRows;

    @Option(names = "--expense-rows", paramLabel = "N", defaultValue = "0",
            description = "Write exactly N benchmark expense rows instead of the natural sample.")
    long expenseRows;

    @Option(names = "--force", description = "Replace the sample files even if DIR/data already holds files.")
    boolean force;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (attendanceRows < 0 || expenseRows < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--attendance-rows and --expense-rows must be 0 or more");
        }
        GeneratedSample written = SampleGeneration.into(project, seed, new SampleScale(attendanceRows, expenseRows),
                force);
        var out = spec.commandLine().getOut();
        if (!common.quiet) {
            written.rowsByFile().forEach((file, rows) ->
                    out.println("wrote " + written.dataFolder().resolve(file) + " (" + rows + " rows)"));
        }
        out.flush();
        return 0;
    }
}

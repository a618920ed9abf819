package org.fieldreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not a test: writes what the distribution ships beside the jar, from the same command line the program
 * runs (so with the exit codes {@link FieldReportCli} adds): the man pages of {@code fieldreport} and each subcommand
 * (AsciiDoc, picocli's {@link ManPageGenerator}) and the bash and fish completion scripts. Run by the
 * {@code command-docs} execution in the {@code package} phase: {@code CommandDocs MAN_DIR COMPLETION_DIR}.
 */
public final class CommandDocs {

    private CommandDocs() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine cli = FieldReportCli.commandLine();
        Path man = Path.of(args[0]);
        int code = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, cli.getCommandSpec());
        if (code != 0) {
            throw new IOException("the man pages could not be written into " + man + " (code " + code + ")");
        }
        Path completion = Files.createDirectories(Path.of(args[1]));
        Files.writeString(completion.resolve("fieldreport.bash"), AutoComplete.bash("fieldreport", cli),
                StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("fieldreport.fish"), FishCompletion.script(cli.getCommandSpec()),
                StandardCharsets.UTF_8);
    }
}

package org.fieldreport.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fieldreport completion bash|zsh|fish}: prints a completion script made from the command definitions:
 * picocli's for bash, which zsh loads through bashcompinit (the script enables it itself), and {@link FishCompletion}
 * for fish.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script:",
            "bash, zsh: source <(fieldreport completion bash)",
            "fish: fieldreport completion fish | source"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh, fish }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = shell == Shell.fish ? FishCompletion.script(spec.root())
                : AutoComplete.bash("fieldreport", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

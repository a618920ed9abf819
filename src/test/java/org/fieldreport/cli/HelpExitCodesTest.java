package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldreport.problem.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help lists every exit code with the meaning {@link ExitCode} gives it. */
class HelpExitCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "schema", "init", "sample", "budget", "indicators", "report", "completion"})
    void everyCommandListsEveryExitCode(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            assertThat(run.out()).containsPattern("(?m)^\\s*" + code.code() + "\\s+"
                    + java.util.regex.Pattern.quote(code.meaning()) + "$");
        }
    }

    @org.junit.jupiter.api.Test
    void theRootCommandSaysTheCodesAreShared() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).contains("Exit codes (the same for every command):")
                .containsPattern("(?m)^\\s*4\\s+an output could not be written$")
                .containsPattern("(?m)^\\s*5\\s+internal error \\(run again with --stacktrace\\)$");
    }
}

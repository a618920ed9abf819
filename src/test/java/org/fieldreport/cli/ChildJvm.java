package org.fieldreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line run in a separate JVM, for what one process cannot show of itself: its umask, its own
 * temporary folder, two runs at once. Started through {@code sh} so that the umask can be set first.
 */
final class ChildJvm {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code fieldreport args} with {@code umask} (octal, as sh takes it) and extra JVM options. */
    static ChildJvm start(Path scratch, String umask, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "child", ".out");
        Path err = Files.createTempFile(scratch, "child", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        return new ChildJvm(p, out, err);
    }

    /** Waits for the run (at most five minutes) and returns what it printed. */
    CliRun finish() throws IOException, InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish");
        }
        return new CliRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}

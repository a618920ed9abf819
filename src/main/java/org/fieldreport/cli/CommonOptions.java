package org.fieldreport.cli;

import picocli.CommandLine.Option;

/** Options every command shares: how much to say, whether to list every problem and to show stack traces. */
public final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--all", description = "List every problem; by default a kind of problem repeated on many rows"
            + " is shown by its first rows and a line that counts the rest and names their lines.")
    boolean all;

    @Option(names = "--stacktrace", description = "On an internal error, print the stack trace.")
    boolean stacktrace;
}

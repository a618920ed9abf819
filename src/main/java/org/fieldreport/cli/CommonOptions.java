package org.fieldreport.cli;

import picocli.CommandLine.Option;

/** Options every command shares: how much to say and whether to show stack traces. */
public final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--stacktrace", description = "On an internal error, print the stack trace.")
    boolean stacktrace;
}

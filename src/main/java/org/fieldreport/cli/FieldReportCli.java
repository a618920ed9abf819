package org.fieldreport.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import picocli.CommandLine;

/**
 * Builds the command line and maps every way a command can end to an exit code: a {@link FieldReportException}
 * prints its message and exits with its code; a usage mistake exits 2; anything else is an internal error that exits
 * 5 with one line, and the stack trace only under {@code --stacktrace}.
 */
public final class FieldReportCli {

    private FieldReportCli() {
    }

    /** Runs {@code args} with the given streams and returns the exit code; never throws, never exits. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Outputs and messages must not depend on the machine: libraries that format with the default locale
        // (OpenPDF's cross-reference table, chart ticks, String.format) would write Arabic-Indic digits or 1.200.
        Locale.setDefault(Locale.ENGLISH);
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("fieldreport: " + ex.getMessage());
            CommandLine c = ex.getCommandLine();
            err.println("Run `" + c.getCommandSpec().qualifiedName() + " --help` for usage.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> handle(ex, err, stacktrace(c)));
        try {
            int code = cli.execute(args);
            out.flush();
            err.flush();
            return code;
        } catch (RuntimeException | Error e) {
            return handle(e, err, false);
        }
    }

    /** Whether the command that ran was given {@code --stacktrace} (its {@link CommonOptions}, when it has them). */
    static boolean stacktrace(CommandLine command) {
        CommandLine.Model.CommandSpec common = command.getCommandSpec().mixins().get("common");
        return common != null && common.userObject() instanceof CommonOptions o && o.stacktrace;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(org.fieldreport.privacy.Audience.class, text -> org.fieldreport.privacy.Audience
                .parse(text).orElseThrow(() -> new CommandLine.TypeConversionException("'" + text
                        + "' is not an audience; choose " + org.fieldreport.privacy.Audience.choices())));
        listExitCodes(cli, "%nExit codes (the same for every command):%n");
        // --help as wide as the terminal (COLUMNS, else what picocli finds; 80 when not a terminal)
        int columns = Terminal.columns();
        if (columns > 0) {
            cli.setUsageHelpWidth(columns);
        } else {
            cli.setUsageHelpAutoWidth(true);
        }
        return cli;
    }

    /** Every command's help lists the exit codes from {@link ExitCode}, the one place they are defined. */
    private static void listExitCodes(CommandLine command, String heading) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        command.getCommandSpec().usageMessage().exitCodeListHeading(heading).exitCodeList(codes);
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                listExitCodes(sub, "%nExit codes:%n");
            }
        }
    }

    static int handle(Throwable ex, PrintWriter err, boolean stacktrace) {
        if (ex instanceof FieldReportException f) {
            if (f.problems().isEmpty()) {
                err.println("fieldreport: " + f.getMessage());
            } else {
                for (Problem p : f.problems()) {
                    err.println(p.format());
                }
            }
            if (stacktrace) {
                ex.printStackTrace(err);
            }
            err.flush();
            return f.exitCode().code();
        }
        err.println("fieldreport: internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse(""))
                + (stacktrace ? "" : " (run again with --stacktrace for details, and please report it)"));
        if (stacktrace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }
}

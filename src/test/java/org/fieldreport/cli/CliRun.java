package org.fieldreport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process with captured streams, as a user's shell would see it. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FieldReportCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}

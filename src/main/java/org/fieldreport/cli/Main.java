package org.fieldreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = FieldReportCli.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

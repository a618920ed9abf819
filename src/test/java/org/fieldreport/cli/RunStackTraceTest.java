package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fieldreport.app.OutputFormat;
import org.fieldreport.app.Progress;
import org.fieldreport.app.ProjectOutcome;
import org.fieldreport.app.ReportRequest;
import org.fieldreport.app.RunSummary;
import org.fieldreport.privacy.Audience;
import org.fieldreport.problem.ExitCode;
import org.junit.jupiter.api.Test;

/**
 * A project of a report run that ends in an internal error keeps its exception: one line without
 * {@code --stacktrace}, the stack trace with it.
 */
class RunStackTraceTest {

    private static RunSummary failedRun() {
        ReportRequest request = new ReportRequest(List.of(Path.of("kenya-edu")), "Y1", Set.of(OutputFormat.PDF),
                Audience.parse("donor").orElseThrow(), Path.of("out"), null, null, false, false, false,
                false, "fieldreport report kenya-edu", Progress.NONE, List.of());
        IllegalStateException bug = new IllegalStateException("index out of step");
        ProjectOutcome failed = ProjectOutcome.failed(Path.of("kenya-edu"), ExitCode.INTERNAL,
                "internal error: " + bug, List.of(), bug);
        return new RunSummary(request, List.of(failed), ExitCode.INTERNAL, 1);
    }

    private static String printed(boolean stacktrace) {
        CommonOptions common = new CommonOptions();
        common.stacktrace = stacktrace;
        StringWriter err = new StringWriter();
        RunPrinter.print(failedRun(), new PeriodOptions(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                common, true);
        return err.toString();
    }

    @Test
    void withoutTheOptionOneLineSaysHowToSeeMore() {
        assertThat(printed(false)).isEqualTo("fieldreport: kenya-edu: internal error:"
                + " java.lang.IllegalStateException: index out of step (run again with --stacktrace for details,"
                + " and please report it)" + System.lineSeparator());
    }

    @Test
    void withTheOptionTheStackTraceFollows() {
        assertThat(printed(true)).startsWith("fieldreport: kenya-edu: internal error:"
                        + " java.lang.IllegalStateException: index out of step" + System.lineSeparator())
                .contains("at org.fieldreport.cli.RunStackTraceTest.failedRun");
    }

    @Test
    void theParsedOptionDecides() {
        picocli.CommandLine cli = FieldReportCli.commandLine();
        picocli.CommandLine.ParseResult parsed = cli.parseArgs("validate", "sample-data", "--stacktrace");
        assertThat(FieldReportCli.stacktrace(parsed.subcommand().commandSpec().commandLine())).isTrue();
        parsed = FieldReportCli.commandLine().parseArgs("validate", "sample-data");
        assertThat(FieldReportCli.stacktrace(parsed.subcommand().commandSpec().commandLine())).isFalse();
    }
}

package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A bug in fieldreport exits 5 with one line, and shows its stack trace only under --stacktrace. */
class InternalErrorTest {

    @Test
    void aBugExitsFiveWithOneLineAndNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = FieldReportCli.handle(new IllegalStateException("index out of step\nsecond line"),
                new PrintWriter(err, true), false);
        assertThat(code).isEqualTo(5);
        assertThat(err.toString()).isEqualTo("fieldreport: internal error: IllegalStateException: index out of step"
                + " (run again with --stacktrace for details, and please report it)" + System.lineSeparator());
    }

    @Test
    void theStackTraceComesOnRequest() {
        StringWriter err = new StringWriter();
        int code = FieldReportCli.handle(new IllegalStateException("boom"), new PrintWriter(err, true), true);
        assertThat(code).isEqualTo(5);
        assertThat(err.toString()).contains("internal error: IllegalStateException: boom")
                .contains("at org.fieldreport.cli.InternalErrorTest");
    }
}

package org.fieldreport.render.xlsx;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkbookWriterSmokeTest {
    @Test
    void writes() throws Exception {
        new WorkbookWriter().write(SampleView.view(), Path.of("target/sample.xlsx"), Instant.parse("2019-12-15T00:00:00Z"));
    }
}

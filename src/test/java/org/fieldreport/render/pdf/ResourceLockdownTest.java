package org.fieldreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceLockdownTest {

    @TempDir
    Path dir;

    @Test
    void addressesOutsideTheTemplateFolderAreRefusedCountedAndNeverContacted() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            int port = server.socket().getLocalPort();
            String local = "http://127.0.0.1:" + port;
            Files.writeString(dir.resolve("outside.css"), "p { color: red; }");
            Path templates = TemplateFolders.withReport(dir, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                    + "<link rel=\"stylesheet\" href=\"report.css\"/>"
                    + "<link rel=\"stylesheet\" href=\"file:///etc/passwd\"/>"
                    + "<link rel=\"stylesheet\" href=\"../outside.css\"/>"
                    + "</head><body><p>Hello from the template</p>"
                    + "<img src=\"" + local + "/\"/>"
                    + "<img src=\"https://127.0.0.1:" + port + "/x.png\"/>"
                    + "<img src=\"jar:file:/tmp/x.jar!/a.png\"/>"
                    + "<img src=\"file:///etc/passwd\"/>"
                    + "<img src=\"logo.png\"/>"
                    + "</body></html>");
            Files.writeString(templates.resolve("report.css"), "@import url(\"" + local + "/imported.css\");\n"
                    + "body { background-image: url(\"file:///etc/hostname\"); }\n");

            java.io.PrintStream stdout = System.out;
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            PdfReport.Rendered rendered;
            System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                rendered = new PdfReport(new FlyingSaucerTypesetter())
                        .render(SampleReportView.view(), TemplateSource.folder(templates), Instant.EPOCH);
            } finally {
                System.setOut(stdout);
            }
            assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).as("stdout is for results")
                    .isEmpty();

            assertThat(server.accept()).as("nothing connected to the local server").isNull();
            assertThat(rendered.warnings()).extracting(Problem::message).containsExactlyInAnyOrder(
                    "the report did not fetch file:///etc/passwd: only files inside the template folder are served",
                    "the report did not fetch ../outside.css: the name leaves the template folder",
                    "the report did not fetch " + local + "/imported.css: only files inside the template folder are"
                            + " served",
                    "the report did not fetch file:///etc/hostname: only files inside the template folder are "
                            + "served",
                    "the report did not fetch " + local + "/: only files inside the template folder are served",
                    "the report did not fetch https://127.0.0.1:" + port + "/x.png: only files inside the template"
                            + " folder are served",
                    "the report did not fetch jar:file:/tmp/x.jar!/a.png: only files inside the template folder "
                            + "are served",
                    "the report did not fetch file:///etc/passwd: only files inside the template folder are "
                            + "served");
            try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("Hello from the template").doesNotContain("root:");
            }
        }
    }
}

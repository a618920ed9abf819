package org.fieldreport.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.ChartView;
import org.fieldreport.render.RenderedReport;
import org.fieldreport.render.ReportView;
import org.fieldreport.render.SampleReportView;
import org.fieldreport.render.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    static final Instant AS_OF = Instant.parse("2019-12-15T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSampleIsOneStandaloneFileWithChartsInline() throws IOException {
        ReportView view = SampleReportView.view();
        Path out = dir.resolve("KHM-HPC-PSK-P01_Y1_donor.html");
        RenderedReport rendered = HtmlReport.write(view, out, TemplateSource.bundled(), AS_OF);
        assertThat(rendered.warnings()).isEmpty();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/sample-report.html"), html);
        assertThat(rendered.bytes()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">");
        assertThat(html).contains("<style>", ".masthead {", "<body class=\"format-html\">",
                "<img alt=\"\" class=\"logo\" src=\"data:image/png;base64,");
        assertThat(html).doesNotContain("<link", "<object", "href=\"report.css\"", "<div/>", "<td/>");
        assertThat(html).contains("<p class=\"kind\">Project Report</p>",
                "<p class=\"period\">Reporting Period: December 2018 – November 2019</p>",
                "<h1 class=\"title\">Protecting Street Kids - Phnom Penh</h1>",
                "<h2>The Project</h2>", "<h2>Update</h2>", "<h2>A story from the outreach team</h2>",
                "went out on <strong>253 evenings</strong>", "<td class=\"num actual\">&lt;10</td>");

        List<String> alts = new ArrayList<>();
        Matcher m = Pattern.compile("<img alt=\"([^\"]*)\" class=\"chart-figure\" height=\"272\" "
                + "src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" width=\"650\">").matcher(html);
        while (m.find()) {
            alts.add(m.group(1));
        }
        assertThat(alts).containsExactlyElementsOf(view.charts().stream().map(ChartView::textAlternative)
                .toList());
    }

    @Test
    void twoRendersAreIdentical() {
        ReportView view = SampleReportView.view();
        List<Problem> warnings = new ArrayList<>();
        assertThat(HtmlReport.render(view, TemplateSource.bundled(), AS_OF, warnings))
                .isEqualTo(HtmlReport.render(view, TemplateSource.bundled(), AS_OF, warnings));
    }

    @Test
    void nothingOutsideTheTemplateFolderIsFetchedAndScriptsAreLeftOut() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            String local = "http://127.0.0.1:" + server.socket().getLocalPort();
            Path templates = Files.createDirectories(dir.resolve("templates"));
            Files.writeString(templates.resolve("report.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                    + "<head><link rel=\"stylesheet\" href=\"" + local + "/x.css\"/>"
                    + "<script>alert(1)</script></head>"
                    + "<body onload=\"alert(2)\"><p>Hi</p><img src=\"file:///etc/passwd\"/>"
                    + "<img src=\"" + local + "/a.png\"/><div></div></body></html>");
            List<Problem> warnings = new ArrayList<>();
            String html = HtmlReport.render(SampleReportView.view(), TemplateSource.folder(templates), AS_OF,
                    warnings);
            assertThat(server.accept()).isNull();
            assertThat(html).isEqualTo("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + StandalonePage.CONTENT_SECURITY_POLICY
                    + "\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title></title>"
                    + "</head><body><p>Hi</p><div></div></body></html>\n");
            assertThat(warnings).extracting(Problem::message).containsExactly(
                    "the report did not fetch " + local + "/x.css: only files inside the template folder are "
                            + "served",
                    "the report did not fetch file:///etc/passwd: only files inside the template folder are served",
                    "the report did not fetch " + local + "/a.png: only files inside the template folder are "
                            + "served",
                    "the HTML report leaves out what the template wrote that could run code or load from elsewhere: "
                            + "<script> in the head; elements or attributes that run code or load from elsewhere");
        }
    }
}

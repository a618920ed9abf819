package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldreport.ProjectCopy.copy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partner's template that tries every way of making the standalone HTML run code or load something, rendered
 * through the real command line: none of it reaches the page, the page carries a Content-Security-Policy that
 * forbids loading, and the report's own styles and data: charts survive.
 */
class ActiveContentTest {

    @TempDir
    static Path temp;

    static ServerSocketChannel server;
    static String local;
    static CliRun hostile;
    static String html;

    /** Each case: a name, where it goes (head or body) and the markup; every address in it names the case. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("iframe", "body", "<iframe src=\"{local}/iframe\"></iframe>"),
                Arguments.of("embed", "body", "<embed src=\"{local}/embed.swf\"/>"),
                Arguments.of("base-href", "head", "<base href=\"{local}/base-href/\"/>"),
                Arguments.of("meta-refresh", "head", "<meta http-equiv=\"refresh\" content=\"0; url={local}/meta-refresh\"/>"),
                Arguments.of("css-import", "head", "<style>@import url({local}/css-import.css); @import \"{local}/css-import-2.css\";"
                        + " .kept { color: #123456; }</style>"),
                Arguments.of("css-url-http", "head", "<style>.a { background: url({local}/css-url-http.png); }</style>"),
                Arguments.of("css-url-file", "head", "<style>.b { background-image: url('file:///etc/passwd#css-url-file'); }</style>"),
                Arguments.of("font-face", "head", "<style>@font-face { font-family: Leak; src: url({local}/font-face.woff); }</style>"),
                Arguments.of("css-escaped-url", "head", "<style>.c { background: u\\72l({local}/css-escaped-url.png); }</style>"),
                Arguments.of("inline-style-url", "body", "<p class=\"styled\" style=\"background: url({local}/inline-style-url.png);"
                        + " color: red\">styled</p>"),
                Arguments.of("xinclude", "body", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                        + "href=\"file:///etc/passwd#xinclude\"/>"),
                Arguments.of("svg-image", "body", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"{local}/svg-image.png\"/>"
                        + "</svg>"),
                Arguments.of("iframe-srcdoc", "body", "<iframe srcdoc=\"&lt;script&gt;alert('iframe-srcdoc')&lt;/script&gt;\">"
                        + "</iframe>"),
                Arguments.of("javascript-with-tab", "body", "<a href=\"java&#x09;script:alert('javascript-with-tab')\">"
                        + "click</a>"),
                Arguments.of("script", "body", "<script>alert('script')</script>"),
                Arguments.of("event-handler", "body", "<p onclick=\"alert('event-handler')\">clickable</p>"),
                Arguments.of("object", "body", "<object data=\"{local}/object.pdf\" type=\"application/pdf\"></object>"),
                Arguments.of("remote-image", "body", "<img src=\"{local}/remote-image.png\" alt=\"\"/>"),
                Arguments.of("form-post", "body", "<form action=\"{local}/form\"><input name=\"q\"/></form>"));
    }

    @BeforeAll
    static void renderTheHostileTemplate() throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.configureBlocking(false);
        local = "http://127.0.0.1:" + server.socket().getLocalPort();
        Path project = copy(Path.of("sample-data"), temp.resolve("project"));
        Path template = Files.createDirectories(project.resolve("templates/hostile"));
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        cases().forEach(c -> {
            Object[] a = c.get();
            String markup = ((String) a[2]).replace("{local}", local);
            ("head".equals(a[1]) ? head : body).append(markup).append('\n');
        });
        Files.writeString(template.resolve("report.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><title>Hostile</title>\n" + head + "</head>\n<body>\n<p class=\"keep\">kept text</p>\n"
                + body + "</body></html>\n", StandardCharsets.UTF_8);
        hostile = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15", "--format",
                "html", "--template", template.toString(), "--out", temp.resolve("out").toString());
        html = Files.readString(temp.resolve("out/KHM-HPC-PSK-P01_Y1_donor.html"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() throws IOException {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nothingOfTheCaseReachesThePage(String name, String where, String markup) throws IOException {
        assertThat(hostile.exitCode()).as(hostile.err()).isZero();
        assertThat(html).doesNotContain(name);
        String tag = markup.substring(1, markup.indexOf(' ') > 0 ? Math.min(markup.indexOf(' '), markup.indexOf('>'))
                : markup.indexOf('>'));
        if (!tag.equals("style") && !tag.equals("meta") && !tag.equals("p") && !tag.equals("a")) {
            assertThat(html).as("no <%s>", tag).doesNotContainIgnoringCase("<" + tag);
        }
        assertThat(server.accept()).as("nothing was fetched").isNull();
    }

    @Test
    void thePageLoadsNothingAndKeepsWhatIsHarmless() {
        assertThat(html).doesNotContain(local).doesNotContain("127.0.0.1").doesNotContain("/etc/passwd")
                .doesNotContainIgnoringCase("javascript").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("@font-face")
                .doesNotContain("onclick").doesNotContain("srcdoc").doesNotContain("alert(");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">");
        assertThat(html).contains("<title>Hostile</title>", "<p class=\"keep\">kept text</p>",
                ".kept { color: #123456; }", "<p class=\"styled\" style=\"background: none; color: red\">styled</p>",
                "<p>clickable</p>", "click");
        assertThat(hostile.err()).contains("warning: the HTML report leaves out what the template wrote that could"
                + " run code or load from elsewhere");
    }

    @Test
    void theDefaultTemplateKeepsItsStylesAndChartsUnderThePolicy() throws IOException {
        Path out = temp.resolve("default");
        CliRun run = CliRun.of("report", "sample-data", "--period", "Y1", "--as-of", "2019-12-15", "--format", "html",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("leaves out");
        String page = Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("Content-Security-Policy", "<style>", ".masthead {", "<body class=\"format-html\">",
                "<img alt=\"\" class=\"logo\" src=\"data:image/png;base64,");
        Matcher charts = Pattern.compile("<img alt=\"[^\"]+\" class=\"chart-figure\" height=\"272\" "
                + "src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" width=\"650\">").matcher(page);
        int count = 0;
        while (charts.find()) {
            count++;
        }
        assertThat(count).isEqualTo(4);
        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("url(");
    }
}

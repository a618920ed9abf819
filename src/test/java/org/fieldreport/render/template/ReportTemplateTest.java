package org.fieldreport.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTemplateTest {

    @TempDir
    Path dir;

    private TemplateSource folderWith(String ftlh) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("report.ftlh"), ftlh);
        return TemplateSource.folder(folder);
    }

    @Test
    void executeThroughNewIsRefusedAndRunsNothing() throws IOException {
        Path marker = dir.resolve("ran");
        TemplateSource source = folderWith("<#assign run = \"freemarker.template.utility.Execute\"?new()>\n"
                + "${run(\"touch " + marker + "\")}");
        assertThatThrownBy(() -> ReportTemplate.fill(source, Map.of()))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("template report.ftlh:1:1: Instantiating freemarker.template.utility.Execute is not "
                        + "allowed in the template for security reasons.")
                .satisfies(e -> assertThat(((FieldReportException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        assertThat(marker).doesNotExist();
    }

    @Test
    void theApiBuiltInIsOff() throws IOException {
        TemplateSource source = folderWith("${report?api.getClass()}");
        assertThatThrownBy(() -> ReportTemplate.fill(source, Map.of("report", Map.of("a", "b"))))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("template report.ftlh:1:3: Can't use ?api, because the "
                        + "\"api_builtin_enabled\" configuration setting is false.");
    }

    @Test
    void anIncludeCannotLeaveTheTemplateFolder() throws IOException {
        Files.writeString(dir.resolve("secret.ftlh"), "secret");
        TemplateSource source = folderWith("<#include \"../secret.ftlh\">");
        assertThatThrownBy(() -> ReportTemplate.fill(source, Map.of()))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("template report.ftlh:1:1: ");
    }

    @Test
    void valuesAreEscapedForXhtml() throws IOException {
        TemplateSource source = folderWith("<p title=\"${t}\">${t}</p>");
        assertThat(ReportTemplate.fill(source, Map.of("t", "<b>\"Tom & Jerry's\"</b>")))
                .isEqualTo("<p title=\"&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;\">"
                        + "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;</p>");
    }

    @Test
    void aMissingFileFallsBackToTheBundledTemplate() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(TemplateSource.folder(empty).read("report.css")).isPresent();
        assertThat(TemplateSource.folder(empty).read("../report.css")).isEmpty();
        assertThat(TemplateSource.folder(empty).read("/etc/passwd")).isEmpty();
        assertThat(TemplateSource.bundled().read("report.ftlh")).isPresent();
    }

    @Test
    void aLinkOutOfTheTemplateFolderIsNotFollowed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(dir.resolve("outside.png"), "not for the report");
        Files.createSymbolicLink(folder.resolve("logo.png"), dir.resolve("outside.png"));
        assertThat(TemplateSource.folder(folder).read("logo.png")).isEmpty();
    }
}

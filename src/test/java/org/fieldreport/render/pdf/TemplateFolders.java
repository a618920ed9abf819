package org.fieldreport.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes a throwaway project template folder holding one report.ftlh. */
final class TemplateFolders {

    private TemplateFolders() {
    }

    static Path withReport(Path parent, String ftlh) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("templates"));
        Files.writeString(folder.resolve("report.ftlh"), ftlh);
        return folder;
    }
}

package org.fieldreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

/** Every XML part of a workbook as one text: what a reader of the file could find in it, cells and strings alike. */
final class WorkbookXml {

    private WorkbookXml() {
    }

    static String of(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            while (zip.getNextEntry() != null) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}

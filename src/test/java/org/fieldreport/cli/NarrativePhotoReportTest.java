package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.GeotaggedPhoto;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A narrative with a geotagged photo and a pipe table: both reach the PDF and HTML, the GPS position neither. */
class NarrativePhotoReportTest {

    @TempDir
    Path temp;

    @Test
    void thePhotoAndTheTableAreRenderedAndTheGpsPositionIsNot() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("project"));
        GeotaggedPhoto.write(project.resolve("narrative/arts.jpg"), 1200, 800);
        Files.writeString(project.resolve("narrative/03-story.md"), "\n\n![Painting at the arts centre](arts.jpg)\n\n"
                + "| Site | Sessions |\n|---|---:|\n| Riverfront | 244 |\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--format", "pdf,html", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("narrative-image", "image in the narrative");
        byte[] pdfBytes = Files.readAllBytes(out.resolve("KHM-HPC-PSK-P01_Y1_donor.pdf"));
        assertThat(new String(pdfBytes, StandardCharsets.ISO_8859_1)).doesNotContain(GeotaggedPhoto.PLACE, "Exif");
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Painting at the arts centre")
                    .containsPattern("Riverfront\\s+244");
            assertThat(photosOf(pdf)).isEqualTo(1);
        }
        String html = Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html"));
        assertThat(html).contains("alt=\"Painting at the arts centre\"").contains("<td>Riverfront</td>");
        Matcher m = Pattern.compile("class=\"photo\"[^>]*src=\"data:image/jpeg;base64,([^\"]+)\"|src=\"data:image/"
                + "jpeg;base64,([^\"]+)\"[^>]*class=\"photo\"").matcher(html);
        assertThat(m.find()).isTrue();
        byte[] photo = Base64.getDecoder().decode(m.group(1) != null ? m.group(1) : m.group(2));
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain(GeotaggedPhoto.PLACE, "Exif");
    }

    /** Images of the photo's pixel size (the logo and charts are other sizes). */
    private static int photosOf(PDDocument pdf) throws IOException {
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image
                        && image.getWidth() == 1200 && image.getHeight() == 800) {
                    n++;
                }
            }
        }
        return n;
    }
}

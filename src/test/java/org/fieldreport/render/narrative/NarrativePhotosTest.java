package org.fieldreport.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.fieldreport.GeotaggedPhoto;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativePhotosTest {

    @TempDir
    Path dir;

    private final Problems warnings = new Problems();

    private NarrativeSection render(Path folder, String markdown) {
        return new Narrative(Map.of(), NameDenyList.none()).render("narrative/02-update.md", markdown, warnings,
                new NarrativePhotos(folder));
    }

    @Test
    void aPhotoOfTheFolderIsPlacedWithItsCaptionAndWithoutItsGpsPosition() throws IOException {
        Path folder = dir.resolve("narrative");
        byte[] original = Files.readAllBytes(GeotaggedPhoto.write(folder.resolve("club.jpg"), 400, 300));
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(GeotaggedPhoto.PLACE, "Exif");

        NarrativeSection s = render(folder, "# Update\n\n![The kids club at the riverfront](club.jpg)\n");

        assertThat(warnings.all()).isEmpty();
        assertThat(s.xhtml()).contains("class=\"photo\"", "alt=\"The kids club at the riverfront\"",
                "width=\"400\"", "height=\"300\"",
                "<span class=\"photo-caption\">The kids club at the riverfront</span>");
        byte[] embedded = embedded(s.xhtml());
        String text = new String(embedded, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(GeotaggedPhoto.PLACE).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(embedded));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void aWidePhotoIsScaledToTheColumnsResolution() throws IOException {
        Path folder = dir.resolve("narrative");
        GeotaggedPhoto.write(folder.resolve("wide.jpg"), 3200, 1000);
        NarrativeSection s = render(folder, "![](wide.jpg)");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(embedded(s.xhtml())));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(s.xhtml()).doesNotContain("photo-caption");
    }

    @Test
    void imagesOutsideTheFolderAddressesAndOtherFormatsAreRefusedNamingFileAndLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("narrative"));
        GeotaggedPhoto.write(dir.resolve("outside.jpg"), 10, 10);
        Files.createSymbolicLink(folder.resolve("link.jpg"), dir.resolve("outside.jpg"));
        Files.writeString(folder.resolve("notes.gif"), "GIF89a");
        Files.writeString(folder.resolve("fake.png"), "not an image");

        NarrativeSection s = render(folder, "Intro.\n\n![a](../outside.jpg) ![b](link.jpg)\n"
                + "![c](https://example.org/x.jpg) ![d](/etc/passwd.png) ![e](notes.gif) ![f](fake.png)\n");

        assertThat(s.xhtml()).doesNotContain("<img");
        assertThat(warnings.all()).extracting(Problem::format).containsExactly(
                "narrative/02-update.md:3:1: warning: an image in the narrative names \"../outside.jpg\"; only "
                        + "JPEG and PNG files inside the narrative folder are placed; copy the photo into the "
                        + "narrative folder and name it by its file name",
                "narrative/02-update.md:3:22: warning: an image in the narrative names \"link.jpg\"; only JPEG "
                        + "and PNG files inside the narrative folder are placed; copy the photo into the narrative "
                        + "folder and name it by its file name",
                "narrative/02-update.md:4:1: warning: an image in the narrative names an address "
                        + "(https://example.org/x.jpg); only JPEG and PNG files inside the narrative folder are "
                        + "placed; copy the photo into the narrative folder and name it by its file name",
                "narrative/02-update.md:4:33: warning: an image in the narrative names \"/etc/passwd.png\"; only "
                        + "JPEG and PNG files inside the narrative folder are placed; copy the photo into the "
                        + "narrative folder and name it by its file name",
                "narrative/02-update.md:4:55: warning: an image in the narrative names \"notes.gif\"; only JPEG "
                        + "and PNG files inside the narrative folder are placed; copy the photo into the narrative "
                        + "folder and name it by its file name",
                "narrative/02-update.md:4:71: warning: the photo fake.png is not a JPEG or PNG image that can be "
                        + "read; save it again as JPEG or PNG");
    }

    @Test
    void aPipeTableBecomesATable() {
        NarrativeSection s = render(dir, "| Site | Sessions |\n|---|---:|\n| Riverfront | 12 |\n");
        assertThat(s.xhtml()).contains("<table>", "<th>Site</th>", "<th class=\"align-right\">Sessions</th>",
                "<td>Riverfront</td>", "<td class=\"align-right\">12</td>").doesNotContain("|");
    }

    private static byte[] embedded(String xhtml) {
        Matcher m = Pattern.compile("src=\"data:image/(jpeg|png);base64,([^\"]+)\"").matcher(xhtml);
        assertThat(m.find()).isTrue();
        return Base64.getDecoder().decode(m.group(2));
    }
}

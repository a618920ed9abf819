package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project that writes some of its text in Khmer gets its report, with the Khmer in every format. */
class KhmerReportTest {

    /** "ក្លឹបកុមារ" (kids club). */
    private static final String KIDS_CLUB = "\u1780\u17D2\u179B\u17B9\u1794\u1780\u17BB\u1798\u17B6\u179A";

    @TempDir
    Path temp;

    @Test
    void aKhmerBudgetLineAndNarrativeParagraphRender() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("project"));
        Path budget = project.resolve("data/budget.csv");
        String csv = Files.readString(budget, StandardCharsets.UTF_8);
        Files.writeString(budget, csv.replace("1,P2,\"Kids clubs, Riverfront\"",
                "1,P2,\"Kids clubs, Riverfront (" + KIDS_CLUB + ")\""), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("narrative/01-the-project.md"), "\n\nIn Khmer: " + KIDS_CLUB + ".\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", project.toString(), "--period", "Y1", "--format", "pdf,html",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("KHM-HPC-PSK-P01_Y1_donor.html")))
                .contains("Kids clubs, Riverfront (" + KIDS_CLUB + ")").contains("In Khmer: " + KIDS_CLUB);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("KHM-HPC-PSK-P01_Y1_donor.pdf").toFile())) {
            // the budget line may wrap in its column: compare the words, not the line breaks
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Kids clubs, Riverfront (").contains("In Khmer:");
            assertThat(fontNames(pdf)).anyMatch(name -> name.contains("NotoSansKhmer"));
        }
    }

    private static List<String> fontNames(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }
}

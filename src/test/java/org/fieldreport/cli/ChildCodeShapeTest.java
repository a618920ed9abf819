package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldreport.ProjectCopy;
import org.fieldreport.privacy.ChildCodeScan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five routes by which a child code that no attendance row names reached outputs: each code is masked by its
 * shape (learned from the attendance file's codes, or declared) and is found in no output file (PDF text, HTML,
 * JSON, CSV, workbook cells), nor on stdout or stderr, nor in the run summary; each masking is warned about where
 * the code was typed.
 */
class ChildCodeShapeTest {

    /** Typed in the narrative. */
    private static final String NARRATIVE = "RF-0777";
    /** Part of a budget line's name. */
    private static final String BUDGET_LINE = "SMC-0901";
    /** In an expense description; the child's only attendance row was refused, and its code has its own shape. */
    private static final String REFUSED_CHILD = "BKK-00077";
    /** Typed into an outreach column. */
    private static final String OUTREACH_VALUE = "SMC-0999";
    /** In the first row of an attendance export without a header row. */
    private static final String HEADER_ROW = "RF-0001";

    @TempDir
    static Path temp;

    private static String everything;
    private static String validate;
    private static String headerless;

    @BeforeAll
    static void renderTheSampleWithCodesInTheWrongPlaces() throws IOException {
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("project"));
        Path narrative = project.resolve("narrative/02-update.md");
        Files.writeString(narrative, Files.readString(narrative) + "\nWe met " + NARRATIVE + " at the river.\n");
        append(project.resolve("data/budget.csv"), "1,P9,Emergency support for " + BUDGET_LINE + ",Programme,10.00,USD\n");
        append(project.resolve("data/attendance.csv"), "2019-02-31,Riverfront,kids_club,,BKK-00077,F,9\n");
        append(project.resolve("data/expenses.csv"), "2019-01-03,P1,taxi home for " + REFUSED_CHILD + ",5.00,USD,,\n");
        append(project.resolve("data/outreach_nights.csv"),
                "2019-01-31," + OUTREACH_VALUE + ",Team C,2,1,0,0,1,0,0,0,\n");
        everything = outputs(project, "public") + outputs(project, "donor");
        CliRun checked = CliRun.of("validate", project.toString());
        validate = checked.out() + checked.err();

        Path noHeader = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("no-header"));
        Path attendance = noHeader.resolve("data/attendance.csv");
        List<String> lines = Files.readAllLines(attendance);
        Files.write(attendance, lines.subList(1, lines.size()));
        Files.writeString(attendance, "2018-12-04,Riverfront,kids_club,RF-KC-2018-12-04," + HEADER_ROW + ",F,8\n"
                + Files.readString(attendance));
        headerless = outputs(noHeader, "public");
    }

    @Test
    void aCodeTypedInTheNarrativeIsMasked() {
        assertThat(found(NARRATIVE, everything)).isEmpty();
        assertThat(validate).doesNotContain(NARRATIVE);
        assertThat(everything).contains("We met [child code] at the river.")
                .contains("narrative/02-update.md:").contains("this line names a child by code");
    }

    @Test
    void aCodeInABudgetLineNameIsMasked() {
        assertThat(found(BUDGET_LINE, everything + validate)).isEmpty();
        assertThat(everything).contains("Emergency support for [child code]");
        assertThat(validate).contains("line names a child by code; the code is masked as [child code]");
    }

    @Test
    void theCodeOfARefusedRowIsMaskedInAnExpense() {
        assertThat(found(REFUSED_CHILD, everything + validate)).isEmpty();
        assertThat(validate).contains("description names a child by code");
    }

    @Test
    void aCodeTypedIntoAnOutreachColumnIsMasked() {
        assertThat(found(OUTREACH_VALUE, everything + validate)).isEmpty();
        assertThat(validate).contains("area \"[child code]\" is not in the project");
    }

    @Test
    void aHeaderRowThatIsDataIsNotQuoted() {
        assertThat(found(HEADER_ROW, headerless)).isEmpty();
        assertThat(headerless).contains("required column \"date\" is missing")
                .contains("Riverfront, kids_club, (a header with digits, not shown), (a header with digits, not shown),"
                        + " F");
    }

    /** stdout, stderr and summary of a report in every format and the indicators CSV, with the files' texts. */
    private static String outputs(Path project, String audience) throws IOException {
        Path out = temp.resolve(project.getFileName() + "-" + audience);
        Path summary = out.resolve("summary.json");
        Files.createDirectories(out);
        CliRun report = CliRun.of("report", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--audience", audience, "--format", "pdf,xlsx,html,json", "--out", out.toString(), "--summary",
                summary.toString());
        CliRun csv = CliRun.of("indicators", project.toString(), "--period", "Y1", "--as-of", "2019-12-15",
                "--audience", audience, "--format", "csv");
        StringBuilder text = new StringBuilder(report.out()).append(report.err()).append(csv.out()).append(csv.err())
                .append(Files.readString(summary));
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(out)) {
            list.sorted().forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                    text.append(new PDFTextStripper().getText(pdf));
                }
            } else if (name.endsWith(".xlsx")) {
                text.append(WorkbookXml.of(f));
            } else {
                text.append(Files.readString(f));
            }
        }
        return text.toString();
    }

    private static java.util.SortedSet<String> found(String code, String text) {
        return ChildCodeScan.of(List.of(code)).find(text);
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, Files.readString(file) + line);
    }
}

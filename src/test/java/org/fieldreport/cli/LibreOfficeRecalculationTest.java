package org.fieldreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, headless, opens the sample's workbooks (the report's, the finance workbook and the filled donor
 * template), recalculates every formula (it does for a file no spreadsheet program wrote) and saves them; each
 * formula's value must be the one fieldreport cached, the engine's figure, to the cent. Skipped where
 * {@code soffice} is not installed ({@code apt-get install libreoffice-calc}).
 */
class LibreOfficeRecalculationTest {

    @TempDir
    Path temp;

    @Test
    void libreOfficeRecalculatesEverySheetToTheEnginesFigures() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path project = ProjectCopy.copy(Path.of("sample-data"), temp.resolve("project"));
        Files.createDirectories(project.resolve("templates"));
        Files.copy(Path.of("templates/donor-financial-report/donor-financial-report.xlsx"),
                project.resolve("templates/donor-financial-report.xlsx"));
        Files.writeString(project.resolve("project.yaml"), Files.readString(project.resolve("project.yaml"))
                + "workbook_templates:\n  - templates/donor-financial-report.xlsx\n");
        Path out = temp.resolve("out");
        CliRun report = CliRun.of("report", project.toString(), "-p", "Y1", "--as-of", "2019-12-15", "-f", "xlsx",
                "-a", "internal", "-o", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        CliRun budget = CliRun.of("budget", project.toString(), "-p", "Y1", "--as-of", "2019-12-15", "-f", "xlsx",
                "-o", out.toString());
        assertThat(budget.exitCode()).as(budget.err()).isZero();

        List<Path> workbooks = List.of(out.resolve("KHM-HPC-PSK-P01_Y1_internal.xlsx"),
                out.resolve("KHM-HPC-PSK-P01_Y1_budget.xlsx"),
                out.resolve("KHM-HPC-PSK-P01_Y1_internal_donor-financial-report.xlsx"));
        Path converted = Files.createDirectories(temp.resolve("libreoffice"));
        // a private profile that recalculates every formula of an .xlsx on load (by default LibreOffice shows the
        // values the file caches, and would check nothing)
        Path user = Files.createDirectories(temp.resolve("profile/user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n"
                + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\""
                + " oor:op=\"fuse\"><value>0</value></prop></item>\n</oor:items>\n");
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + temp.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", converted.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within 5 minutes");
        }
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("soffice.log"))).isZero();

        int compared = 0;
        for (Path ours : workbooks) {
            Map<String, Object> cached = formulaValues(ours, null);
            Map<String, Object> recalculated = formulaValues(converted.resolve(ours.getFileName()), cached);
            for (Map.Entry<String, Object> e : cached.entrySet()) {
                Object theirs = recalculated.get(e.getKey());
                String where = ours.getFileName() + " " + e.getKey();
                if (e.getValue() instanceof Double d) {
                    assertThat(theirs).as(where).isInstanceOf(Double.class);
                    assertThat((Double) theirs).as(where).isCloseTo(d, org.assertj.core.api.Assertions.within(0.005));
                } else {
                    assertThat(theirs).as(where).isEqualTo(e.getValue());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    /**
     * Every formula cell's cached value (a number, a text or an error's name) by sheet and cell; with {@code only},
     * the values of those cells (LibreOffice saves them as formulas with its own cached values).
     */
    private static Map<String, Object> formulaValues(Path file, Map<String, Object> only) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String key = new CellReference(sheet.getSheetName(), cell.getRowIndex(),
                                cell.getColumnIndex(), false, false).formatAsString();
                        if (only == null ? cell.getCellType() == CellType.FORMULA : only.containsKey(key)) {
                            values.put(key, value(cell));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static Object value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> "error " + cell.getErrorCellValue();
            default -> "";
        };
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

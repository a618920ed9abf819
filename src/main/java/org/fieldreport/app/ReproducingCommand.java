package org.fieldreport.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.fieldreport.privacy.Audience;

/**
 * The command printed in a report to remake it: only what changes its content (the project, period, as-of date,
 * audience, formats and template), the project and template named by their folder's name as they would be given
 * from the folder that holds them. Where the outputs went, {@code --quiet} or {@code --parallel} and the folders
 * of the machine that ran it are left out, so the same inputs give the same bytes wherever they are rendered.
 */
final class ReproducingCommand {

    private ReproducingCommand() {
    }

    static String of(Path project, ReportRequest request, ChosenPeriod chosen) {
        StringBuilder s = new StringBuilder("fieldreport report ").append(folderName(project))
                .append(" --period ").append(chosen.period().key())
                .append(" --as-of ").append(chosen.asOf())
                .append(" --audience ").append(request.audience().key())
                .append(" --format ").append(Arrays.stream(OutputFormat.values())
                        .filter(request.formats()::contains).map(OutputFormat::extension)
                        .collect(Collectors.joining(",")));
        if (request.template() != null) {
            s.append(" --template ").append(folderName(request.template()));
        }
        return s.toString();
    }

    /** The same for the finance workbook of {@code fieldreport budget --format xlsx}. */
    static String ofFinanceWorkbook(Path project, Audience audience, ChosenPeriod chosen) {
        return "fieldreport budget " + folderName(project) + " --period " + chosen.period().key() + " --as-of "
                + chosen.asOf() + " --format xlsx --audience " + audience.key();
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String text = name == null ? "." : name.toString();
        return text.matches("[A-Za-z0-9._+,@%=-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}

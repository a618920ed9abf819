package org.fieldreport.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/** The files {@code fieldreport report} can write, named by their extension. */
public enum OutputFormat {
    PDF, XLSX, HTML, JSON;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code pdf,xlsx,html,json} (any order, any case); a usage error names what is not a format. */
    public static Set<OutputFormat> parseList(String text) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        List<String> unknown = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(p));
            } catch (IllegalArgumentException e) {
                unknown.add(part.strip());
            }
        }
        if (!unknown.isEmpty() || formats.isEmpty()) {
            throw new FieldReportException(ExitCode.USAGE, "--format " + text + ": "
                    + (unknown.isEmpty() ? "no format given" : "unknown format " + String.join(", ", unknown))
                    + "; choose from " + String.join(",", Arrays.stream(values()).map(OutputFormat::extension)
                    .toList()));
        }
        return formats;
    }
}

package org.fieldreport.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * How the rows of one file are to be read, settled once its header (and its HXL hashtag row, when a mapping names
 * hashtags) is known: the header match, and one {@link FileMapping} per reading of a row. A file is read once per
 * row; a wide budget ({@code years_as_columns}) once per year column, as that year's amount.
 */
final class FileLayout {

    private final HeaderMatch header;
    private final List<FileMapping> readings;

    private FileLayout(HeaderMatch header, List<FileMapping> readings) {
        this.header = header;
        this.readings = readings;
    }

    /** Whether a mapping of {@code spec} names an HXL hashtag, so that the hashtag row must be read first. */
    static boolean wantsTags(InputFileSpec spec) {
        return spec.columns().values().stream().anyMatch(v -> v != null && v.strip().startsWith("#"));
    }

    /**
     * The layout of a file of {@code format}'s kind whose header is {@code headerRow} on {@code line}, with its
     * hashtag row {@code tagRow} (or null); problems go to {@code problems}.
     */
    static FileLayout of(String file, int line, String[] headerRow, String[] tagRow, InputFormat<?> format,
                         InputFileSpec spec, List<Problem> problems) {
        if (tagRow == null && wantsTags(spec)) {
            problems.add(Problem.error("no-hashtags", new SourceRef(file, line, 0), "project.yaml maps columns to"
                    + " HXL hashtags, but no row of hashtags follows the header", "map the columns to the headers"
                    + " instead, or export the file with its HXL row"));
        }
        boolean wide = !spec.yearsAsColumns().isEmpty();
        List<String> supplied = new ArrayList<>(spec.values().keySet());
        if (!spec.lineCode().isEmpty()) {
            supplied.add("line_code");
        }
        if (wide) {
            supplied.add("year");
            supplied.add(AmountReading.AMOUNT);
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : format.columns()) {
            boolean optional = supplied.contains(c.name())
                    || AmountReading.split(spec) && c.name().equals(AmountReading.AMOUNT);
            columns.add(optional ? Column.optional(c.name(), c.type(), c.example()) : c);
        }
        List<String> explained = new ArrayList<>(spec.include().keySet());
        explained.addAll(spec.lineCode());
        explained.addAll(spec.yearsAsColumns().values());
        HeaderMatch header = HeaderMatch.of(file, line, headerRow, tagRow, columns, spec.columns(),
                mappingLines(spec), explained, format.quotesValues(), format.kind() == InputKind.ATTENDANCE
                        || format.kind() == InputKind.OUTREACH_NIGHTS, problems);
        Map<String, int[]> joined = new HashMap<>();
        if (!spec.lineCode().isEmpty()) {
            joined.put("line_code", positions(file, header, spec.lineCode(), "/line_code", spec, problems));
        }
        FileMapping mapping = FileMapping.of(spec.values(), spec.map(), joined);
        List<FileMapping> readings = new ArrayList<>();
        if (wide) {
            List<String> labels = new ArrayList<>(spec.yearsAsColumns().keySet());
            int[] at = positions(file, header, new ArrayList<>(spec.yearsAsColumns().values()), "/years_as_columns",
                    spec, problems);
            for (int i = 0; i < at.length; i++) {
                readings.add(mapping.with("year", labels.get(i), AmountReading.AMOUNT, at[i]));
            }
        } else {
            readings.add(mapping);
        }
        return new FileLayout(header, readings);
    }

    /** The 0-based positions of {@code headers}; one the file lacks is an error at its key's line of project.yaml. */
    private static int[] positions(String file, HeaderMatch header, List<String> headers, String key,
                                   InputFileSpec spec, List<Problem> problems) {
        int[] at = new int[headers.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = header.positionOfHeader(headers.get(i));
            if (at[i] < 0) {
                problems.add(Problem.error("missing-column", new SourceRef(ProjectFileReader.FILE_NAME,
                        Math.max(1, spec.line(key)), 0), key.substring(1) + " names \"" + headers.get(i) + "\", which "
                        + file + " does not have", "headers found: " + String.join(", ", header.headers())));
            }
        }
        return at;
    }

    /** The project.yaml line of each column mapping of {@code spec}, by canonical column. */
    private static Map<String, Integer> mappingLines(InputFileSpec spec) {
        Map<String, Integer> lines = new HashMap<>();
        for (String column : spec.columns().keySet()) {
            int line = spec.line("/columns/" + column);
            if (line > 0) {
                lines.put(column, line);
            }
        }
        return lines;
    }

    HeaderMatch header() {
        return header;
    }

    /** The readings of each row: one, or one per year column of a wide budget. */
    List<FileMapping> readings() {
        return readings;
    }

    /** The 1-based position of each canonical column found, and 0 for those project.yaml supplies. */
    Map<String, Integer> columns() {
        Map<String, Integer> columns = new LinkedHashMap<>(header.columns());
        for (String supplied : readings.get(0).suppliedColumns()) {
            columns.putIfAbsent(supplied, 0);
        }
        return columns;
    }
}

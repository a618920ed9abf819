package org.fieldreport.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * A file's {@code include}: the rows kept are those whose value under each named header of the export is one of the
 * listed values (compared as names are: case and spacing do not matter), so that a statement's transfers and
 * deposits are left out of its payments. A header the file lacks is an error at its line of project.yaml.
 */
final class RowFilter {

    private static final RowFilter ALL = new RowFilter(Map.of(), "");

    /** The kept values by 0-based column position, as {@link KnownNames#key} makes them. */
    private final Map<Integer, Set<String>> kept;
    private final String description;

    private RowFilter(Map<Integer, Set<String>> kept, String description) {
        this.kept = kept;
        this.description = description;
    }

    static RowFilter of(InputFileSpec spec, HeaderMatch header, String file, List<Problem> problems) {
        if (spec.include().isEmpty()) {
            return ALL;
        }
        Map<Integer, Set<String>> kept = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (var e : spec.include().entrySet()) {
            int at = header.positionOfHeader(e.getKey());
            if (at < 0) {
                problems.add(Problem.error("missing-column",
                        new SourceRef(ProjectFileReader.FILE_NAME, Math.max(1, spec.line("/include/" + e.getKey())), 0),
                        "include names the column \"" + e.getKey() + "\", which " + file + " does not have",
                        "name a header of the export exactly"));
                continue;
            }
            kept.put(at, e.getValue().stream().map(KnownNames::key).collect(Collectors.toSet()));
            parts.add(e.getKey() + " is not " + String.join(" or ", e.getValue()));
        }
        return new RowFilter(kept, String.join("; ", parts));
    }

    /** Whether the row {@code values} is one the file keeps. */
    boolean keeps(String[] values) {
        for (var e : kept.entrySet()) {
            int at = e.getKey();
            if (at >= values.length || !e.getValue().contains(KnownNames.key(values[at]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return description;
    }
}

package org.fieldreport.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * A repeat group exported as its own table, read with its parent's columns beside its own: KoboToolbox's child sheet
 * names its parent row by {@code _parent_index} (the parent's {@code _index}), ODK Central's child CSV by
 * {@code PARENT_KEY} (the parent's {@code KEY}). The parent's headers follow the child's, each as
 * {@code parent/HEADER}, so a child's own column wins and a parent's is still found by its name (or mapped as
 * {@code parent/HEADER}). A child row whose parent is not in the parent file is an error.
 */
final class RepeatGroupJoin {

    /** What a parent's headers are prefixed with in the joined header. */
    static final String PARENT = "parent/";

    private final String parentName;
    private final String[] parentHeader;
    private final Map<String, String[]> parents;
    private final int headerLine;
    private final List<Problem> problems;
    private final Map<Integer, String> orphans = new HashMap<>();
    private int childKey = -2; // -2 before the header, -1 when the child has no parent key column
    private boolean broken;

    private RepeatGroupJoin(String parentName, String[] parentHeader, Map<String, String[]> parents, int headerLine,
                            List<Problem> problems, boolean broken) {
        this.parentName = parentName;
        this.parentHeader = parentHeader;
        this.parents = parents;
        this.headerLine = headerLine;
        this.problems = problems;
        this.broken = broken;
    }

    /**
     * Reads the parent export {@code parent} (at {@code path}, named {@code name}) of a child whose header is on
     * {@code childHeaderLine}; problems with it go to {@code problems}.
     */
    static RepeatGroupJoin of(Path path, String name, InputFileSpec parent, int childHeaderLine,
                              List<Problem> problems) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        String[] named = {name};
        if (!Files.isRegularFile(path)) {
            problems.add(Problem.error("missing-file", SourceRef.file(name), "the parent file of a repeat group is"
                    + " missing", "export the form's main table to " + name + ", or set its parent: path"));
            return new RepeatGroupJoin(name, new String[0], Map.of(), childHeaderLine, problems, true);
        }
        CsvRecords.Outcome outcome = ExportRecords.read(path, name, parent, Charset.forName(parent.encoding()),
                ReadProgress.NONE, n -> named[0] = n, (line, values) -> {
                    if (line >= parent.headerLine()) {
                        rows.add(values);
                    }
                });
        if (outcome.failure() != null) {
            problems.add(outcome.failure());
        }
        if (!rows.isEmpty()) {
            header = rows.remove(0);
        }
        int key = header == null ? -1 : position(header, "_index", "key");
        if (key < 0) {
            problems.add(Problem.error("no-parent-key", SourceRef.file(named[0]), "the parent file has no _index"
                    + " (KoboToolbox) or KEY (ODK Central) column to join its repeat group on",
                    "export the form with its _index or KEY column"));
            return new RepeatGroupJoin(named[0], new String[0], Map.of(), childHeaderLine, problems, true);
        }
        Map<String, String[]> byKey = new HashMap<>();
        for (String[] row : rows) {
            if (key < row.length && !row[key].isBlank()) {
                byKey.putIfAbsent(row[key].strip(), row);
            }
        }
        String[] prefixed = Arrays.stream(header).map(h -> PARENT + h.strip()).toArray(String[]::new);
        return new RepeatGroupJoin(named[0], prefixed, byKey, childHeaderLine, problems, outcome.failure() != null);
    }

    /** The 0-based position of the first header that is, normalised, one of {@code names}; -1 when none is. */
    private static int position(String[] header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.length; i++) {
                if (HeaderMatch.normalise(header[i]).equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** {@code downstream} fed the child's records joined to their parents. */
    CsvRecords.Consumer joining(String childName, CsvRecords.Consumer downstream) {
        return (line, values) -> {
            if (line < headerLine) {
                downstream.accept(line, values);
                return;
            }
            if (childKey == -2) {
                childKey = position(values, "_parent_index", "parent_key");
                if (childKey < 0 && !broken) {
                    broken = true;
                    problems.add(Problem.error("no-parent-key", new SourceRef(childName, line, 0), "a repeat group"
                            + " needs a _parent_index (KoboToolbox) or PARENT_KEY (ODK Central) column to join"
                            + " it to " + parentName, "export the repeat group with its parent's key"));
                }
                downstream.accept(line, concat(values, parentHeader));
                return;
            }
            String key = childKey >= 0 && childKey < values.length ? values[childKey].strip() : "";
            String[] parent = parents.get(key);
            if (parent == null && !broken) {
                orphans.put(line, key);
            }
            downstream.accept(line, concat(values, parent == null ? new String[parentHeader.length] : parent));
        };
    }

    private String[] concat(String[] child, String[] parent) {
        String[] joined = Arrays.copyOf(child, child.length + parentHeader.length);
        for (int i = 0; i < parentHeader.length; i++) {
            joined[child.length + i] = i < parent.length && parent[i] != null ? parent[i] : "";
        }
        return joined;
    }

    /** Whether the join cannot be made: no row of the child can be read. */
    boolean broken() {
        return broken;
    }

    /** Why the child row on {@code line} has no parent, or null when it has one. */
    String orphan(int line) {
        String key = orphans.get(line);
        return key == null ? null : "its parent row (" + (key.isEmpty() ? "no key" : "key " + key) + ") is not in "
                + parentName;
    }
}

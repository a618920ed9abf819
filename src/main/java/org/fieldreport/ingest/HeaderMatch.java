package org.fieldreport.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.ClosestName;
import org.fieldreport.problem.Excerpt;
import org.fieldreport.problem.Problem;

/**
 * Matches the header row of an export to the canonical columns of its kind. Headers are compared case- and
 * space-insensitively (spaces, hyphens and underscores are the same); a column can be renamed through the project's
 * mapping; a KoboToolbox group path such as {@code night/date} is matched on the full path first, then on its last
 * segment. KoboToolbox metadata columns ({@code _uuid}, {@code _submission_time}, ...) are accepted silently; other
 * unknown columns are ignored with one warning. A header that looks like a personal name or phone number
 * ({@link PersonalHeaders}) refuses a file that describes people, even when it is mapped: child data must arrive
 * pseudonymised.
 */
public final class HeaderMatch {

    /**
     * The metadata columns KoboToolbox and ODK Central add to every export besides the {@code _}-prefixed ones, as
     * normalised (ODK's {@code meta-instanceID} is {@code meta_instanceid}): accepted without a warning.
     */
    private static final java.util.Set<String> METADATA = java.util.Set.of("start", "end", "today", "deviceid",
            "subscriberid", "simserial", "username", "audit", "instanceid", "instancename", "uuid", "submissiondate",
            "key", "parent_key", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
            "status", "reviewstate", "edits", "formversion", "meta_instanceid", "meta_instancename",
            "_parent_table_name", "_parent_index", "_index", "_submission__uuid", "_submission__id",
            "_submission__submission_time", "_submission__validation_status", "_submission__notes",
            "_submission__status", "_submission__submitted_by", "_submission___version__", "_submission__tags");
    /** Stands for a header that is not quoted in a message. */
    static final String NOT_QUOTED = "(a header with digits, not shown)";

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> headers;
    private final int uuidColumn;
    private final boolean refused;

    private HeaderMatch(List<String> headers, int uuidColumn, boolean refused) {
        this.headers = headers;
        this.uuidColumn = uuidColumn;
        this.refused = refused;
    }

    /** Normalises a header or column name for comparison: lower case, runs of space, '-' and '_' become '_'. */
    static String normalise(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        return h.replaceAll("[\\s_\\-]+", "_");
    }

    private static String lastSegment(String normalised) {
        int slash = normalised.lastIndexOf('/');
        return slash >= 0 ? normalised.substring(slash + 1) : normalised;
    }

    /**
     * Matches {@code headerRow} against {@code columns}; reports missing required columns, ignored extras and
     * refused personal-data columns to {@code problems}.
     */
    public static HeaderMatch of(String file, int line, String[] headerRow, List<Column> columns,
                                 Map<String, String> mapping, List<Problem> problems) {
        return of(file, line, headerRow, null, columns, mapping, Map.of(), List.of(), true, true, problems);
    }

    /**
     * As {@link #of(String, int, String[], List, Map, List)}; a mapped column the file lacks, required or not, is an
     * error at the mapping's line of project.yaml, found in {@code mappingLines} by canonical column. A mapping to an
     * HXL hashtag ({@code "#date+reported"}) is matched against {@code tagRow}, the file's hashtag row (null when it
     * has none): the tag's name, and every attribute the mapping names, in any order. {@code explained} are headers
     * that project.yaml reads otherwise (an include, the parts of a joined column), so not ignored extras. In a
     * {@code peopleFile} (attendance, outreach) a header that names people or phones refuses the file, mapped or not;
     * elsewhere (a finance file's payee) it is accepted and never read.
     */
    static HeaderMatch of(String file, int line, String[] headerRow, String[] tagRow, List<Column> columns,
                          Map<String, String> mapping, Map<String, Integer> mappingLines,
                          java.util.Collection<String> explained, boolean quotesValues, boolean peopleFile,
                          List<Problem> problems) {
        List<String> headers = new ArrayList<>();
        for (String h : headerRow) {
            headers.add(h.strip());
        }
        // A file whose values are never quoted (attendance: any field can hold a child code) may have a data row
        // where its header should be: a header holding a digit is not quoted either.
        List<String> quoted = quotesValues ? headers : headers.stream()
                .map(h -> h.chars().anyMatch(Character::isDigit) ? NOT_QUOTED : h).toList();
        List<String> normalised = headers.stream().map(HeaderMatch::normalise).toList();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            tags.add(tagRow == null || i >= tagRow.length ? "" : tagRow[i].replaceAll("\\s+", "")
                    .toLowerCase(Locale.ROOT));
        }
        int uuid = identity(normalised);
        boolean refused = false;
        HeaderMatch match = new HeaderMatch(List.copyOf(headers), uuid, false);
        boolean[] used = new boolean[headers.size()];
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            String target = mapping.getOrDefault(column.name(), column.name());
            int at = target.strip().startsWith("#") ? HxlTag.find(tags, target, used)
                    : find(headers, normalised, normalise(target), used);
            if (at < 0 && column.quotedHeader() && !mapping.containsKey(column.name())) {
                at = quotedRateHeader(headers, used);
            }
            if (at >= 0) {
                used[at] = true;
                match.index.put(column.name(), at);
            } else if (column.required() || mapping.containsKey(column.name())) {
                missing.add(column.name());
            }
        }
        for (String name : missing) {
            String mapped = mapping.get(name);
            String label = mapped == null ? "\"" + name + "\"" : "\"" + name + "\" (mapped to \"" + mapped + "\")";
            Optional<String> closest = HeaderExcerpt.readsAsCsv(headers)
                    ? ClosestName.among(mapped == null ? name : mapped, unused(quoted, used))
                            .filter(c -> !c.equals(NOT_QUOTED)) : Optional.empty();
            String hint = HeaderExcerpt.found(quoted)
                    + closest.map(c -> "; closest: \"" + Excerpt.of(c, HeaderExcerpt.LONGEST) + "\" (rename it, or map "
                            + name + " to it under files in project.yaml)").orElse("");
            Integer mappingLine = mappingLines.get(name);
            if (mapped != null && mappingLine != null) {
                problems.add(Problem.error("missing-column", new SourceRef(ProjectFileReader.FILE_NAME, mappingLine, 0),
                        "column \"" + name + "\" is mapped to \"" + mapped + "\", which " + file + " does not have",
                        hint));
            } else {
                problems.add(Problem.error("missing-column", new SourceRef(file, line, 0),
                        "required column " + label + " is missing", hint));
            }
        }
        List<String> unnamed = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String n = normalised.get(i);
            String last = lastSegment(n);
            boolean personal = !METADATA.contains(n) && !METADATA.contains(last)
                    && PersonalHeaders.looksPersonal(headers.get(i));
            if (personal && peopleFile) { // mapped to a column of ours or not: a name is not a code
                refused = true;
                problems.add(Problem.error("personal-data", new SourceRef(file, line, i + 1),
                        "column \"" + Excerpt.of(quoted.get(i), HeaderExcerpt.LONGEST) + "\" looks like personal"
                                + " names or phone numbers; the file is refused",
                        "child data must arrive pseudonymised: remove the column from the export"
                                + (used[i] ? " (mapping it to another column does not make it a code)" : "")));
                continue;
            }
            if (used[i] || personal) {
                continue; // in a finance file, a payee's name is never read, so never published
            }
            if (explained.stream().anyMatch(e -> normalise(e).equals(n))) {
                used[i] = true;
                continue;
            }
            if (METADATA.contains(n) || METADATA.contains(last)) {
                continue; // KoboToolbox and ODK Central metadata, such as _parent_table_name
            }
            if (n.isEmpty()) {
                unnamed.add(String.valueOf(i + 1));
                continue;
            }
            if (last.startsWith("_") || METADATA.contains(last)) {
                continue; // KoboToolbox metadata such as _uuid, _id, _submission_time, __version__
            }
            extras.add(quoted.get(i));
        }
        if (!unnamed.isEmpty()) {
            problems.add(Problem.warning("empty-header", new SourceRef(file, line, Integer.parseInt(unnamed.get(0))),
                    unnamed.size() + (unnamed.size() == 1 ? " column has" : " columns have") + " no header (column "
                            + String.join(", ", unnamed) + "): " + (unnamed.size() == 1 ? "its" : "their")
                            + " values are not read",
                    "name the column in the export, or delete it"));
        }
        if (!extras.isEmpty() && HeaderExcerpt.readsAsCsv(headers)) {
            problems.add(Problem.warning("extra-columns", new SourceRef(file, line, 0),
                    "ignored column" + (extras.size() == 1 ? " " : "s ") + HeaderExcerpt.quoted(extras, true), null));
        }
        if (refused) {
            HeaderMatch r = new HeaderMatch(match.headers, uuid, true);
            r.index.putAll(match.index);
            return r;
        }
        return match;
    }

    /**
     * The column that identifies a submission, so that a row exported twice is counted once: KoboToolbox's
     * {@code _uuid} (or a group path ending in it), else ODK Central's {@code KEY}, else {@code meta-instanceID}
     * ({@code meta/instanceID}); never a repeat group's parent's column. -1 when there is none.
     */
    private static int identity(List<String> normalised) {
        for (java.util.function.Predicate<String> is : List.<java.util.function.Predicate<String>>of(
                n -> n.equals("_uuid"), n -> lastSegment(n).equals("_uuid"), n -> n.equals("key"),
                n -> n.equals("meta_instanceid"), n -> lastSegment(n).equals("instanceid"))) {
            for (int i = 0; i < normalised.size(); i++) {
                if (!normalised.get(i).startsWith(RepeatGroupJoin.PARENT) && is.test(normalised.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The first unused header that is {@code wanted}: the whole name, else its last segment after KoboToolbox's
     * {@code /}, else (in {@code headers} as written) the part after ODK Central's last {@code -}.
     */
    private static int find(List<String> headers, List<String> normalised, String wanted, boolean[] used) {
        for (int i = 0; i < normalised.size(); i++) {
            if (!used[i] && normalised.get(i).equals(wanted)) {
                return i;
            }
        }
        String wantedLast = lastSegment(wanted);
        for (int i = 0; i < normalised.size(); i++) {
            if (!used[i] && lastSegment(normalised.get(i)).equals(wantedLast)) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (!used[i] && h.indexOf('-') > 0 && normalise(h.substring(h.lastIndexOf('-') + 1)).equals(wantedLast)) {
                return i;
            }
        }
        return -1;
    }

    /** The first unused header that states a rate's direction ("KES per USD"), or -1. */
    private static int quotedRateHeader(List<String> headers, boolean[] used) {
        for (int i = 0; i < headers.size(); i++) {
            if (!used[i] && org.fieldreport.model.RateQuote.within(headers.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> unused(List<String> headers, boolean[] used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!used[i]) {
                out.add(headers.get(i));
            }
        }
        return out;
    }

    /** The header of a canonical column as the file writes it, or "" when the file does not have it. */
    public String headerOf(String column) {
        int at = position(column);
        return at < 0 ? "" : headers.get(at);
    }

    /** 0-based position of a canonical column in the file, or -1 when the file does not have it. */
    public int position(String column) {
        return index.getOrDefault(column, -1);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** 0-based position of the first column headed {@code header} (compared as headers are), or -1. */
    int positionOfHeader(String header) {
        String wanted = normalise(header);
        for (int i = 0; i < headers.size(); i++) {
            if (normalise(headers.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The header of the column that identifies a submission ({@code _uuid}, {@code KEY}, ...), or null. */
    String identityHeader() {
        return uuidColumn < 0 ? null : headers.get(uuidColumn);
    }

    /** 0-based position of the column that identifies a submission (KoboToolbox {@code _uuid}, ODK {@code KEY}), or -1. */
    public int uuidPosition() {
        return uuidColumn;
    }

    /** The file's headers, stripped, in order. */
    List<String> headers() {
        return headers;
    }

    public int width() {
        return headers.size();
    }

    /** True when the header holds a personal-data column: no row of the file may be read. */
    public boolean refused() {
        return refused;
    }

    /** The 1-based position of every canonical column found. */
    public Map<String, Integer> columns() {
        Map<String, Integer> out = new LinkedHashMap<>();
        index.forEach((name, at) -> out.put(name, at + 1));
        return out;
    }
}

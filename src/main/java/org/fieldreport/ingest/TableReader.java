package org.fieldreport.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.Project;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/**
 * Reads one input file of a project into a {@link Table}: finds the file, matches its header, skips blank lines and
 * HXL hashtag rows, checks every row's width, parses each row through its {@link InputFormat}, and drops the second
 * copy of a KoboToolbox row exported twice (same {@code _uuid}). Every data row ends up either in the table or
 * counted as excluded with a problem saying why.
 */
public final class TableReader {

    /** The largest export read: 2 GiB, three times the 10-million-row benchmark file. */
    static final long LARGEST_FILE = 1L << 31;

    private final Project project;
    private final Problems problems;
    private final ReadProgress progress;
    private final KnownNames sites;
    private final KnownNames activities;

    public TableReader(Project project, Problems problems) {
        this(project, problems, ReadProgress.NONE);
    }

    public TableReader(Project project, Problems problems, ReadProgress progress) {
        this.progress = progress;
        this.project = project;
        this.problems = problems;
        this.sites = new KnownNames(project.sites());
        this.activities = new KnownNames(project.activities());
    }

    /** Reads a file of {@code format}'s kind into a list of its records. */
    public <T> Table<List<T>> read(InputFormat<T> format) {
        return read(format, RowSink.list(format, project));
    }

    /** Reads a file of {@code format}'s kind, keeping each accepted row in {@code sink}. */
    public <R> Table<R> read(InputFormat<?> format, RowSink<R> sink) {
        InputFileSpec spec = project.file(format.kind());
        String name = spec.path();
        Path path = project.resolve(spec.path());
        if (!Files.exists(path)) {
            if (format.kind().required()) {
                problems.add(Problem.error("missing-file", SourceRef.file(name),
                        "the " + format.kind().key() + " file is missing",
                        "export it to " + name + ", or set files." + format.kind().key()
                                + ".path in project.yaml"));
            }
            return empty(format, name, sink);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            problems.add(Problem.error("unreadable", SourceRef.file(name), "cannot be read (not a readable file)",
                    null));
            return empty(format, name, sink);
        }
        long size = path.toFile().length();
        if (size > LARGEST_FILE) {
            problems.add(Problem.error("too-large", SourceRef.file(name), String.format(Locale.ROOT, "the file is "
                    + "%,d bytes, more than the 2 GiB an export may have", size), "split the export, for example "
                    + "by year, or check that it is the export and not a disk image or a file padded with NUL bytes"));
            return empty(format, name, sink);
        }
        Charset charset;
        try {
            charset = Charset.forName(spec.encoding());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(Problem.error("bad-encoding", SourceRef.file(name), "encoding \"" + spec.encoding()
                    + "\" is not known", "use UTF-8, or a Java charset name such as windows-1252"));
            return empty(format, name, sink);
        }
        Reading<R> reading = new Reading<>(format, sink, name, spec, new DateText(project.timeZone(),
                spec.dateFormat()));
        CsvRecords.Outcome outcome;
        try {
            CsvRecords.Consumer rows = reading::accept;
            if (spec.parent() != null) {
                // a repeat group's parent is by default another sheet of the same workbook
                InputFileSpec parent = spec.parent().path() == null ? spec.parent().withPath(spec.path())
                        : spec.parent();
                reading.join = RepeatGroupJoin.of(project.resolve(parent.path()), parent.path(), parent,
                        spec.headerLine(), reading.local);
                rows = reading.join.joining(name, rows);
            }
            outcome = ExportRecords.read(path, name, spec, charset, progress, n -> reading.name = n, rows);
        } catch (IOException e) {
            problems.add(Problem.error("unreadable", SourceRef.file(name), "cannot be read: " + e.getMessage(),
                    null));
            return empty(format, name, sink);
        }
        if (outcome.failure() != null) {
            reading.local.add(outcome.failure());
        }
        if (reading.header == null && reading.pendingHeader != null) {
            reading.setUp(reading.pendingLine, reading.pendingHeader, null);
        }
        if (reading.header != null) {
            reading.finish(format.kind().key());
        }
        if (reading.header == null && outcome.failure() == null) {
            reading.local.add(Problem.error("empty-file", SourceRef.row(reading.name, 1),
                    "the file is empty: it needs at least a header row",
                    "export the file again with its header; `fieldreport schema " + format.kind().key()
                            + "` lists the columns"));
        }
        reading.local.forEach(problems::add);
        return new Table<>(format.kind(), reading.name, true, outcome.sha256(), outcome.bytes(), sink.rows(),
                reading.rowsRead, reading.excluded, reading.columnTotals, reading.excludedTotals,
                reading.unreadableAmounts, reading.columns);
    }

    private <R> Table<R> empty(InputFormat<?> format, String name, RowSink<R> sink) {
        return new Table<>(format.kind(), name, false, "", 0, sink.rows(), 0, 0, Map.of(), Map.of(), 0, Map.of());
    }

    /** The state of reading one file, row by row. */
    private final class Reading<R> {
        final InputFormat<?> format;
        final RowSink<R> sink;
        /** The file's name in messages: its path, and the sheet of a workbook once it is known. */
        String name;
        final InputFileSpec spec;
        RepeatGroupJoin join;
        final DateText dates;
        final List<Problem> local = new ArrayList<>();
        final Map<String, Integer> uuids = new HashMap<>();
        final Map<String, BigDecimal> columnTotals = new TreeMap<>();
        final Map<String, BigDecimal> excludedTotals = new TreeMap<>();
        final List<Integer> onlyDelimiters = new ArrayList<>();
        final List<Integer> leftOutByFilter = new ArrayList<>();
        final List<Integer> flowingTheOtherWay = new ArrayList<>();
        HeaderMatch header;
        String[] pendingHeader;
        int pendingLine;
        Map<String, Integer> columns = Map.of();
        List<RowFields.FileContext> contexts;
        RowFilter rowFilter;
        AmountReading amounts;
        final DecimalMarkEvidence decimalMark = new DecimalMarkEvidence();
        boolean unusable;
        int rowsRead;
        int excluded;
        int unreadableAmounts;

        Reading(InputFormat<?> format, RowSink<R> sink, String name, InputFileSpec spec, DateText dates) {
            this.format = format;
            this.sink = sink;
            this.name = name;
            this.spec = spec;
            this.dates = dates;
        }

        void accept(int line, String[] values) {
            if (header == null) {
                if (line < spec.headerLine()) {
                    return; // a title or a row of questions above the header, as header_row says
                }
                boolean tags = isHxlTags(values);
                if (pendingHeader == null && !tags && FileLayout.wantsTags(spec)) {
                    pendingHeader = values; // its hashtag row, which the mapping names, comes next
                    pendingLine = line;
                    return;
                }
                if (pendingHeader == null) {
                    setUp(line, values, tags ? values : null);
                    return;
                }
                setUp(pendingLine, pendingHeader, tags ? values : null);
                if (tags) {
                    return;
                }
            }
            if (isHxlTags(values)) {
                return;
            }
            if (isBlank(values)) {
                if (values.length > 1) { // a row of delimiters only: a spreadsheet's empty row, counted
                    rowsRead++;
                    excluded++;
                    onlyDelimiters.add(line);
                }
                return;
            }
            List<RowFields.FileContext> readings = contexts;
            if (contexts.size() > 1) { // a wide budget: each year column holding an amount is a budget line
                readings = contexts.stream().filter(c -> new RowFields(c, line, values).text(AmountReading.AMOUNT)
                        .length() > 0).toList();
                readings = readings.isEmpty() ? contexts.subList(0, 1) : readings;
            }
            for (RowFields.FileContext c : readings) {
                accept(c, line, values);
            }
        }

        /** Settles how the rows are read from the header row (and its hashtag row, or null). */
        void setUp(int line, String[] headerRow, String[] tagRow) {
            int before = local.size();
            FileLayout layout = FileLayout.of(name, line, headerRow, tagRow, format, spec, local);
            header = layout.header();
            columns = layout.columns();
            rowFilter = RowFilter.of(spec, header, name, local);
            unusable = header.refused() || local.subList(before, local.size()).stream().anyMatch(Problem::isError)
                    || join != null && join.broken();
            amounts = format.amountColumn() == null ? null : AmountReading.of(format.kind(), spec, header);
            RowFields.FileContext base = new RowFields.FileContext(name, header, dates, sites, activities, local,
                    spec.decimal() == InputFileSpec.DecimalMark.COMMA, amounts, FileMapping.NONE);
            contexts = layout.readings().stream().map(base::with).toList();
        }

        private void accept(RowFields.FileContext context, int line, String[] values) {
            rowsRead++;
            RowFields fields = new RowFields(context, line, values);
            boolean fullWidth = values.length == header.width();
            AmountReading.Amount amount = null;
            String currency = null;
            if (amounts != null && fullWidth && (header.has(AmountReading.AMOUNT) || amounts.split())) {
                if (spec.decimal() == null) {
                    decimalMark.note(fields, line, amounts.columns());
                }
                amount = amounts.peek(fields);
                String c = fields.statedCurrency();
                currency = CurrencyCode.normalise(c, project.currency());
                if (currency == null) {
                    currency = c.toUpperCase(Locale.ROOT);
                }
                if (amount == null) {
                    unreadableAmounts++;
                } else {
                    columnTotals.merge(currency, amount.value(), BigDecimal::add);
                }
            }
            boolean accepted = false;
            if (unusable) {
                // the header already explains why no row of this file can be used
            } else if (!fullWidth) {
                local.add(Problem.error("wrong-field-count", SourceRef.row(name, line),
                        "row has " + values.length + " fields, the header has " + header.width(),
                        "check for an unquoted delimiter or a missing field"));
                if (format.amountColumn() != null) {
                    unreadableAmounts++;
                }
            } else if (join != null && join.orphan(line) != null) {
                local.add(Problem.error("orphan-row", SourceRef.row(name, line), "the row is of a repeat group, but "
                        + join.orphan(line), "export the form's main table and its repeat groups together"));
            } else if (!rowFilter.keeps(values)) {
                leftOutByFilter.add(line);
            } else if (amount != null && amount.otherWay()) {
                flowingTheOtherWay.add(line);
            } else {
                String uuid = fields.uuid();
                Integer first = uuid == null ? null : uuids.putIfAbsent(uuid, line);
                if (fields.refuseInvisibleCharacters()) {
                    // excluded: the errors name each column
                } else if (first != null) {
                    local.add(Problem.warning("duplicate-uuid", SourceRef.row(name, line),
                            "repeats the " + header.identityHeader() + " of line " + first + ": the row was exported"
                                    + " twice and is counted once", null));
                } else {
                    accepted = sink.accept(fields);
                }
            }
            if (!accepted) {
                excluded++;
                if (amount != null) {
                    excludedTotals.merge(currency, amount.value(), BigDecimal::add);
                }
            }
        }

        /** The problems that only the whole file shows: rows left out and counted, a decimal comma undeclared. */
        void finish(String kindKey) {
            LeftOutRows.report(name, onlyDelimiters, "hold only delimiters", "counted as excluded",
                    "delete the empty rows from the export", local);
            LeftOutRows.report(name, leftOutByFilter, "left out by include (" + rowFilter + ")",
                    "counted as excluded in the reconciliation", null, local);
            if (amounts != null) {
                LeftOutRows.report(name, flowingTheOtherWay, "are " + amounts.otherWayDescription(),
                        "left out and counted as excluded in the reconciliation", null, local);
            }
            Problem decimalComma = unusable ? null : decimalMark.refusal(name, header, kindKey);
            if (decimalComma != null) {
                local.add(decimalComma);
                sink.discard();
                excluded = rowsRead;
                excludedTotals.clear();
                excludedTotals.putAll(columnTotals);
            }
        }
    }

    /** True when every field is empty or whitespace. */
    private static boolean isBlank(String[] values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** An HXL hashtag row: every non-empty cell starts with '#'. */
    private static boolean isHxlTags(String[] values) {
        boolean any = false;
        for (String v : values) {
            String t = v.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.charAt(0) != '#') {
                return false;
            }
            any = true;
        }
        return any;
    }
}

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
        Character delimiter = FileDeclarations.delimiter(spec);
        Reading<R> reading = new Reading<>(format, sink, name, spec, new DateText(project.timeZone(),
                spec.dateFormat()));
        CsvRecords.Outcome outcome;
        try {
            outcome = new CsvRecords(path, name, charset, delimiter, progress).read(reading::accept);
        } catch (IOException e) {
            problems.add(Problem.error("unreadable", SourceRef.file(name), "cannot be read: " + e.getMessage(),
                    null));
            return empty(format, name, sink);
        }
        if (outcome.failure() != null) {
            reading.local.add(outcome.failure());
        }
        if (reading.header != null) {
            reading.finish(format.kind().key());
        }
        if (reading.header == null && outcome.failure() == null) {
            reading.local.add(Problem.error("empty-file", SourceRef.row(name, 1),
                    "the file is empty: it needs at least a header row",
                    "export the file again with its header; `fieldreport schema " + format.kind().key()
                            + "` lists the columns"));
        }
        reading.local.forEach(problems::add);
        return new Table<>(format.kind(), name, true, outcome.sha256(), outcome.bytes(), sink.rows(),
                reading.rowsRead, reading.excluded, reading.columnTotals, reading.excludedTotals,
                reading.unreadableAmounts, reading.header == null ? Map.of() : reading.header.columns());
    }

    private <R> Table<R> empty(InputFormat<?> format, String name, RowSink<R> sink) {
        return new Table<>(format.kind(), name, false, "", 0, sink.rows(), 0, 0, Map.of(), Map.of(), 0, Map.of());
    }

    /** The state of reading one file, row by row. */
    private final class Reading<R> {
        final InputFormat<?> format;
        final RowSink<R> sink;
        final String name;
        final InputFileSpec spec;
        final DateText dates;
        final List<Problem> local = new ArrayList<>();
        final Map<String, Integer> uuids = new HashMap<>();
        final Map<String, BigDecimal> columnTotals = new TreeMap<>();
        final Map<String, BigDecimal> excludedTotals = new TreeMap<>();
        final List<Integer> onlyDelimiters = new ArrayList<>();
        final List<Integer> leftOutByFilter = new ArrayList<>();
        final List<Integer> flowingTheOtherWay = new ArrayList<>();
        HeaderMatch header;
        RowFilter rowFilter;
        AmountReading amounts;
        int firstDecimalComma;
        String decimalCommaColumn;
        boolean decimalPointSeen;
        RowFields.FileContext context;
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
                int before = local.size();
                List<Column> columns = format.columns();
                if (AmountReading.split(spec)) {
                    columns = columns.stream().map(c -> c.name().equals(AmountReading.AMOUNT)
                            ? Column.optional(c.name(), c.type(), c.example()) : c).toList();
                }
                header = HeaderMatch.of(name, line, values, columns, spec.columns(), mappingLines(spec),
                        format.quotesValues(), local);
                rowFilter = RowFilter.of(spec, header, name, local);
                unusable = header.refused() || local.subList(before, local.size()).stream().anyMatch(Problem::isError);
                amounts = format.amountColumn() == null ? null : AmountReading.of(format.kind(), spec, header);
                context = new RowFields.FileContext(name, header, dates, sites, activities, local,
                        spec.decimal() == InputFileSpec.DecimalMark.COMMA, amounts);
                return;
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
            rowsRead++;
            RowFields fields = new RowFields(context, line, values);
            boolean fullWidth = values.length == header.width();
            AmountReading.Amount amount = null;
            String currency = null;
            if (amounts != null && fullWidth && (header.has(AmountReading.AMOUNT) || amounts.split())) {
                noteDecimalMark(fields, line);
                amount = amounts.peek(fields);
                String c = fields.text("currency");
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
                            "repeats the _uuid of line " + first + ": the row was exported twice and is counted"
                                    + " once", null));
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

        /** Notes whether the row's amounts can only be read with a decimal comma, or only with a point. */
        private void noteDecimalMark(RowFields fields, int line) {
            if (spec.decimal() != null) {
                return;
            }
            for (String column : amounts.columns()) {
                String text = fields.text(column);
                if (firstDecimalComma == 0 && DecimalText.onlyDecimalComma(text)) {
                    firstDecimalComma = line;
                    decimalCommaColumn = column;
                } else if (DecimalText.onlyDecimalPoint(text)) {
                    decimalPointSeen = true;
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
            if (firstDecimalComma > 0 && !decimalPointSeen && !unusable) {
                int column = header.position(decimalCommaColumn) + 1;
                local.add(Problem.error("decimal-comma", new SourceRef(name, firstDecimalComma, column),
                        "the amounts of this file are written with a decimal comma, so none of its rows is read",
                        "set decimal: comma under files." + kindKey + " in project.yaml (or decimal: point if the"
                                + " commas separate thousands)"));
                sink.discard();
                excluded = rowsRead;
                excludedTotals.clear();
                excludedTotals.putAll(columnTotals);
            }
        }
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

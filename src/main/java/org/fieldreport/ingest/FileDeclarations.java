package org.fieldreport.ingest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.fieldreport.model.InputFileSpec;
import org.fieldreport.model.InputKind;
import org.fieldreport.problem.ClosestName;

/**
 * The {@code files} of a project file: which input kind each key names, and what its settings mean. Every key must
 * name an input kind, every column it maps must be a column of that kind, a date format must be a date pattern and a
 * delimiter one character that can separate fields (or tab). Each problem names the JSON pointer of the offending
 * key, which the reader turns into a line.
 */
final class FileDeclarations {

    private FileDeclarations() {
    }

    /** The declared files by kind; a key that names no kind is reported and left out. */
    static Map<InputKind, InputFileSpec> check(Map<String, InputFileSpec> declared, DeclarationFindings out) {
        return check(declared, out, pointer -> 0);
    }

    /**
     * The declared files by kind, each with the project.yaml line ({@code lines}, by JSON pointer) of its column
     * mappings and include keys, for the problems found once the export is read.
     */
    static Map<InputKind, InputFileSpec> check(Map<String, InputFileSpec> declared, DeclarationFindings out,
                                               ToIntFunction<String> lines) {
        Map<InputKind, InputFileSpec> files = new EnumMap<>(InputKind.class);
        if (declared == null) {
            return files;
        }
        List<String> kinds = Arrays.stream(InputKind.values()).map(InputKind::key).toList();
        for (var entry : declared.entrySet()) {
            String pointer = "/files/" + entry.getKey();
            Optional<InputKind> kind = InputKind.fromKey(entry.getKey());
            if (kind.isEmpty()) {
                out.error(pointer, "unknown key \"files." + entry.getKey() + "\"",
                        ClosestName.among(entry.getKey(), kinds).map(c -> "did you mean \"" + c + "\"?")
                                .orElse("known files: " + String.join(", ", kinds)));
                continue;
            }
            InputFileSpec spec = entry.getValue() == null ? InputFileSpec.defaultFor(kind.get()) : entry.getValue();
            checkColumns(pointer, entry.getKey(), kind.get(), spec, out);
            if (spec.dateFormat() != null && DateText.checkPattern(spec.dateFormat()) != null) {
                out.error(pointer + "/date_format", "date_format \"" + spec.dateFormat() + "\" is not a date pattern",
                        "for example dd/MM/yyyy or d-MMM-yyyy");
            }
            if (spec.delimiter() != null && spec.delimiter().length() != 1 && !isTab(spec.delimiter())) {
                out.error(pointer + "/delimiter", "delimiter must be one character (or tab)", null);
            } else if (spec.delimiter() != null && spec.delimiter().length() == 1
                    && !CsvRecords.usableDelimiter(spec.delimiter().charAt(0))) {
                out.error(pointer + "/delimiter", "delimiter must be an ASCII character other than a quote",
                        "for example ; or | or tab");
            }
            if (!knownEncoding(spec.encoding())) {
                out.error(pointer + "/encoding", "encoding \"" + spec.encoding() + "\" is not a character set this "
                        + "machine knows", "for example UTF-8, UTF-16, windows-1252 or ISO-8859-1");
            }
            checkMoneySettings(pointer, kind.get(), spec, out);
            MappingChecks.check(pointer, entry.getKey(), kind.get(), spec, out);
            Map<String, Integer> keyLines = new HashMap<>();
            for (String column : spec.columns().keySet()) {
                keyLines.put("/columns/" + column, lines.applyAsInt(pointer + "/columns/" + column));
            }
            for (String header : spec.include().keySet()) {
                keyLines.put("/include/" + header, lines.applyAsInt(pointer + "/include/" + header));
            }
            for (String key : List.of("/line_code", "/years_as_columns")) {
                keyLines.put(key, lines.applyAsInt(pointer + key));
            }
            files.put(kind.get(), spec.withLines(keyLines));
        }
        return files;
    }

    /** Only a file of money can declare a sign; an include must list values; outflow and inflow replace amount. */
    private static void checkMoneySettings(String pointer, InputKind kind, InputFileSpec spec,
                                           DeclarationFindings out) {
        boolean flows = kind == InputKind.EXPENSES || kind == InputKind.FUNDING;
        if (spec.sign() != InputFileSpec.Sign.SPENDING_POSITIVE && !flows) {
            out.error(pointer + "/sign", "sign applies to expenses and funding only", null);
        }
        if (AmountReading.split(spec) && spec.columns().containsKey(AmountReading.AMOUNT)) {
            out.error(pointer + "/columns", "map either amount or outflow and inflow, not both",
                    "a statement with separate debit and credit columns maps outflow and inflow");
        }
        for (var e : spec.include().entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()
                    || e.getValue().stream().anyMatch(v -> v == null || v.isBlank())) {
                out.error(pointer + "/include/" + e.getKey(), "include." + e.getKey()
                        + " must list the values of the rows to keep", "for example include: {Type: [Payment, Fee]}");
            }
        }
    }

    private static boolean knownEncoding(String name) {
        try {
            return java.nio.charset.Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The delimiter a checked spec declares, or null when the file's header line is to tell. */
    static Character delimiter(InputFileSpec spec) {
        if (spec.delimiter() == null) {
            return null;
        }
        return isTab(spec.delimiter()) ? '\t' : spec.delimiter().charAt(0);
    }

    /** The two ways project.yaml may spell a tab besides the character itself: {@code \t} and {@code tab}. */
    private static boolean isTab(String delimiter) {
        return delimiter.equals("\\t") || delimiter.equals("tab");
    }

    private static void checkColumns(String pointer, String key, InputKind kind, InputFileSpec spec,
                                     DeclarationFindings out) {
        List<String> columns = InputFormats.of(kind).columns().stream().map(Column::name).toList();
        for (String canonical : spec.columns().keySet()) {
            if (!columns.contains(canonical)) {
                out.error(pointer + "/columns/" + canonical, "\"" + canonical + "\" is not a column of " + key,
                        ClosestName.among(canonical, columns).map(c -> "did you mean \"" + c + "\"?")
                                .orElse("columns: " + String.join(", ", columns)));
            }
        }
    }
}

package org.fieldreport.model;

import java.util.Map;

/**
 * Where one input lives and how to read it: in project.yaml either a path alone or a mapping. Every field is optional in project.yaml: {@code path} defaults to
 * {@code data/<kind>.csv}, {@code columns} maps canonical column names to the headers of the export,
 * {@code dateFormat} names a day-first or month-name format such as {@code dd/MM/yyyy} (ISO dates are always
 * accepted), {@code delimiter} overrides the sniffed one and {@code encoding} defaults to UTF-8.
 */
public record InputFileSpec(
        String path, Map<String, String> columns, String dateFormat, String delimiter, String encoding) {

    public InputFileSpec {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        encoding = encoding == null ? "UTF-8" : encoding;
    }

    /** A spec that gives only the path, as in {@code expenses: exports/expenses-2019.csv}. */
    public static InputFileSpec ofPath(String path) {
        return new InputFileSpec(path, Map.of(), null, null, null);
    }

    public static InputFileSpec defaultFor(InputKind kind) {
        return new InputFileSpec(kind.defaultPath(), Map.of(), null, null, null);
    }

    public InputFileSpec withDefaultPath(InputKind kind) {
        return path == null ? new InputFileSpec(kind.defaultPath(), columns, dateFormat, delimiter, encoding) : this;
    }
}

package org.fieldreport.model;

import java.util.List;
import java.util.Map;

/**
 * Where one input lives and how to read it: in project.yaml either a path alone or a mapping. Every field is optional
 * in project.yaml: {@code path} defaults to {@code data/<kind>.csv}, {@code columns} maps canonical column names to
 * the headers of the export, {@code dateFormat} names a day-first or month-name format such as {@code dd/MM/yyyy}
 * (ISO dates are always accepted), {@code delimiter} overrides the sniffed one and {@code encoding} defaults to UTF-8.
 *
 * <p>For money files: {@code sign} says which way the export writes spending ({@code spending_negative}: a bank or
 * app statement, where money going out is negative), {@code decimal} whether its decimal separator is the point
 * (default) or the comma, and {@code include} keeps only the rows whose value in a header of the export is one of a
 * list ({@code {Type: [Payment, Fee]}}); the rows it leaves out are counted, never dropped silently.
 *
 * <p>Mapping power: {@code values} gives a canonical column one value for the whole file ({@code {site: Riverfront}}),
 * {@code map} rewrites a column's values ({@code {sex: {Mujeres: F}}}), {@code headerRow} is the line of the header
 * when title or question rows stand above it, {@code yearsAsColumns} reads a wide budget (one amount column per
 * project year, by year label) and {@code lineCode} makes the budget line code of several columns joined by "-".
 *
 * <p>{@code sheet} names the sheet of an {@code .xlsx} workbook (default the first). {@code parent} declares the
 * file a repeat group of another export (KoboToolbox {@code _parent_index} to {@code _index}, ODK Central
 * {@code PARENT_KEY} to {@code KEY}): each row is read with its parent row's columns beside its own.
 *
 * <p>{@code lines} is not read from project.yaml: it is the line of each declared key, by JSON pointer below the
 * file's own key ({@code /columns/girls}, {@code /include/Type}), so that a problem found while reading the export can
 * still name the line of project.yaml that caused it.
 */
public record InputFileSpec(
        String path, Map<String, String> columns, String dateFormat, String delimiter, String encoding,
        Sign sign, DecimalMark decimal, Map<String, List<String>> include, Map<String, String> values,
        Map<String, Map<String, String>> map, Integer headerRow, Map<String, String> yearsAsColumns,
        List<String> lineCode, String sheet, InputFileSpec parent, Map<String, Integer> lines) {

    /** How an export writes money going out. */
    public enum Sign {
        /** Spending is positive, a refund negative: a ledger or a voucher list. */
        SPENDING_POSITIVE,
        /** Spending is negative and money coming in positive: a bank or payment-app statement. */
        SPENDING_NEGATIVE
    }

    /** The decimal separator of an export's numbers. */
    public enum DecimalMark {
        POINT,
        COMMA
    }

    public InputFileSpec {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        encoding = encoding == null ? "UTF-8" : encoding;
        sign = sign == null ? Sign.SPENDING_POSITIVE : sign;
        include = include == null ? Map.of() : Map.copyOf(include);
        values = values == null ? Map.of() : Map.copyOf(values);
        map = map == null ? Map.of() : Map.copyOf(map);
        yearsAsColumns = yearsAsColumns == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(yearsAsColumns));
        lineCode = lineCode == null ? List.of() : List.copyOf(lineCode);
        lines = lines == null ? Map.of() : Map.copyOf(lines);
    }

    /** A spec that gives only the path, as in {@code expenses: exports/expenses-2019.csv}. */
    public static InputFileSpec ofPath(String path) {
        return new InputFileSpec(path, Map.of(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public static InputFileSpec defaultFor(InputKind kind) {
        return ofPath(kind.defaultPath());
    }

    public InputFileSpec withDefaultPath(InputKind kind) {
        return path == null ? withPath(kind.defaultPath()) : this;
    }

    /** This spec reading the file at {@code other}. */
    public InputFileSpec withPath(String other) {
        return new InputFileSpec(other, columns, dateFormat, delimiter, encoding, sign, decimal, include, values, map,
                headerRow, yearsAsColumns, lineCode, sheet, parent, lines);
    }

    /** This spec with the project.yaml line of each of its keys. */
    public InputFileSpec withLines(Map<String, Integer> keyLines) {
        return new InputFileSpec(path, columns, dateFormat, delimiter, encoding, sign, decimal, include, values, map,
                headerRow, yearsAsColumns, lineCode, sheet, parent, keyLines);
    }

    /** The line of the header row: 1 unless {@code header_row} says otherwise. */
    public int headerLine() {
        return headerRow == null ? 1 : headerRow;
    }

    /** The project.yaml line of {@code pointer} below this file's key, or 0 when unknown. */
    public int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }
}

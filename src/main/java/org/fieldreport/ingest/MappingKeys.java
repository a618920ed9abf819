package org.fieldreport.ingest;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.InputKind;

/**
 * The keys a file's entry under {@code files} in project.yaml may hold, each with what it does, as
 * {@code fieldreport schema} documents them. The sign keys apply to expenses and funding.
 */
public final class MappingKeys {

    /** One key of a file's entry and what it says. */
    public record Key(String name, String meaning) {
    }

    private static final List<Key> EVERY_FILE = List.of(
            new Key("path", "where the export is, inside the project folder"),
            new Key("columns", "{column: header of the export}, for example {date: Date reported}; or an HXL"
                    + " hashtag of the row under the header, {date: \"#date+reported\"}"),
            new Key("values", "{column: value} for a whole file that lacks the column, for example {site: Riverfront}"),
            new Key("map", "{column: {value in the export: value}}, for example {sex: {Mujeres: F, Hombres: M}}"),
            new Key("sheet", "the sheet of an .xlsx workbook to read (default the first); messages name"
                    + " file.xlsx[Sheet]:row:column"),
            new Key("parent", "{path, sheet}: the form's main table when this file is a repeat group (KoboToolbox"
                    + " _parent_index, ODK Central PARENT_KEY), whose columns are read beside each row's own"),
            new Key("header_row", "the line of the header when title rows stand above it (default 1)"),
            new Key("date_format", "a day-first or month-name pattern such as dd/MM/yyyy (ISO dates always work), or"
                    + " one with a time and offset: yyyy-MM-dd HH:mm:ss Z"),
            new Key("delimiter", "one ASCII character, or tab (default: sniffed from the header)"),
            new Key("encoding", "UTF-8 (default) or a Java charset name such as windows-1252"),
            new Key("decimal", "point (default) or comma: 1.234,50 is 1234.50"),
            new Key("include", "{header: [values]}: keep only rows whose value is listed; the rest are counted"
                    + " as excluded"));

    private static final List<Key> MONEY_FILE = List.of(
            new Key("sign", "spending_positive (default) or spending_negative: a bank or app statement writes"
                    + " money out as negative; rows flowing the other way are counted as excluded"),
            new Key("columns.outflow", "with columns.inflow, instead of amount: a statement's debit and credit"
                    + " columns"));

    private static final List<Key> BUDGET_FILE = List.of(
            new Key("years_as_columns", "{year: header}: one amount column per project year, for example"
                    + " {Y1: \"Budget 2019\", Y2: \"Budget 2020\"}; years as 1, Y1, Year 1 or (from 1 January) 2019"));

    private static final List<Key> LINE_CODE = List.of(
            new Key("line_code", "[header, header]: the line code joined from several columns with -, for example"
                    + " [Cost centre, Account]"));

    private MappingKeys() {
    }

    /** The keys of {@code kind}'s entry, in the order schema prints them. */
    public static List<Key> of(InputKind kind) {
        List<Key> keys = new ArrayList<>(EVERY_FILE);
        if (kind == InputKind.EXPENSES || kind == InputKind.FUNDING) {
            keys.addAll(MONEY_FILE);
        }
        if (kind == InputKind.BUDGET) {
            keys.addAll(BUDGET_FILE);
        }
        if (kind == InputKind.BUDGET || kind == InputKind.EXPENSES) {
            keys.addAll(LINE_CODE);
        }
        return keys;
    }
}

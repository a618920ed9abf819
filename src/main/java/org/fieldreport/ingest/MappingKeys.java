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
            new Key("columns", "{column: header of the export}, for example {date: Date reported}"),
            new Key("date_format", "a day-first or month-name pattern such as dd/MM/yyyy (ISO dates always work)"),
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

    private MappingKeys() {
    }

    /** The keys of {@code kind}'s entry, in the order schema prints them. */
    public static List<Key> of(InputKind kind) {
        List<Key> keys = new ArrayList<>(EVERY_FILE);
        if (kind == InputKind.EXPENSES || kind == InputKind.FUNDING) {
            keys.addAll(MONEY_FILE);
        }
        return keys;
    }
}

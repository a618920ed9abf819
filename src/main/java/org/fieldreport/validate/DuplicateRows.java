package org.fieldreport.validate;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceRef;

/**
 * Rows recorded twice: the same team on the same night, the same child at the same session, the same expense
 * reference, the same budget line in the same year, the same month's rate for a currency. The first row stands;
 * each later copy is excluded with an error naming the first.
 */
public final class DuplicateRows implements RowCheck {

    @Override
    public void check(ProjectData d, Exclusions out) {
        find(d.nights(), n -> List.of(n.team().toLowerCase(java.util.Locale.ROOT), n.date()), n -> n.source(),
                "the same team on the same night", out);
        new RepeatedVisits(d.attendance()).find(out);
        int reference = d.source(InputKind.EXPENSES).column("reference");
        find(d.expenses(), e -> e.reference(), e -> e.source().atColumn(reference), "the same expense reference",
                out);
        find(d.budget(), b -> List.of(b.year(), b.lineCode()), b -> b.source(), "the same budget line in the same year",
                out);
        find(d.rates(), r -> List.of(r.month(), r.currency()), r -> r.source(),
                "the same month's rate for the currency", out);
    }

    private static <T> void find(List<T> rows, Function<T, ?> key, Function<T, SourceRef> where, String what,
                                 Exclusions out) {
        // Open addressing over row numbers: a file of a million rows needs no entry object or boxed line per row.
        int size = Integer.highestOneBit(Math.max(16, rows.size() * 2) - 1) << 1;
        int[] firstRow = new int[size]; // 1 + the index of the first row whose key is in this slot; 0 when empty
        int[] hashes = new int[size];
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            Object k = key.apply(row);
            int hash = Objects.hashCode(k);
            hash ^= hash >>> 16;
            for (int slot = hash & (size - 1); ; slot = (slot + 1) & (size - 1)) {
                int first = firstRow[slot] - 1;
                if (first < 0) {
                    firstRow[slot] = i + 1;
                    hashes[slot] = hash;
                    break;
                }
                if (hashes[slot] == hash && Objects.equals(key.apply(rows.get(first)), k)) {
                    out.exclude(where.apply(row), "duplicate", "duplicate of line "
                            + where.apply(rows.get(first)).line() + " (" + what + ")", "remove one of the two rows");
                    break;
                }
            }
        }
    }
}

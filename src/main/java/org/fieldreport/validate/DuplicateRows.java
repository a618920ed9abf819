package org.fieldreport.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<Object, Integer> first = new HashMap<>(Math.max(16, rows.size() * 2));
        for (T row : rows) {
            SourceRef ref = where.apply(row);
            Integer earlier = first.putIfAbsent(key.apply(row), ref.line());
            if (earlier != null) {
                out.exclude(ref, "duplicate", "duplicate of line " + earlier + " (" + what + ")",
                        "remove one of the two rows");
            }
        }
    }
}

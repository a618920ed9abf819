package org.fieldreport.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.Expense;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceRef;

/**
 * Rows recorded twice: the same team on the same night, the same child at the same session, the same expense field
 * for field (a reference alone excludes nothing: a repeated one on differing expenses is a warning), the same budget
 * line in the same year field for field (a code repeated on a differing line is summed, with a warning), the
 * same month's rate for a currency. The first row stands;
 * each later copy is excluded with an error naming the first.
 */
public final class DuplicateRows implements RowCheck {

    @Override
    public void check(ProjectData d, Exclusions out) {
        find(d.nights(), n -> List.of(n.team().toLowerCase(java.util.Locale.ROOT), n.date()), n -> n.source(),
                "the same team on the same night", out);
        new RepeatedVisits(d.attendance()).find(out);
        find(d.expenses(), e -> List.of(e.date(), e.lineCode(), String.valueOf(e.description()), e.amount(),
                String.valueOf(e.fxRate()), e.reference()), e -> e.source(), "the same expense, field for field", out);
        sharedReferences(d, out);
        find(d.budget(), b -> List.of(b.year(), b.lineCode(), b.line(), b.heading(), b.amount()), b -> b.source(),
                "the same budget line in the same year, field for field", out);
        repeatedLineCodes(d, out);
        find(d.rates(), r -> List.of(r.month(), r.currency()), r -> r.source(),
                "the same month's rate for the currency", out);
    }

    /**
     * A reference on two expenses that differ is only worth a look: statements reuse references (a batch number, a
     * card's terminal) and most have none, so no row is excluded for it.
     */
    private static void sharedReferences(ProjectData d, Exclusions out) {
        int column = d.source(InputKind.EXPENSES).column("reference");
        Map<String, Expense> first = new HashMap<>();
        for (Expense e : d.expenses()) {
            if (e.reference() == null || e.reference().isEmpty()) {
                continue;
            }
            Expense before = first.putIfAbsent(e.reference(), e);
            if (before != null && !sameExpense(before, e)) {
                out.warn(e.source().atColumn(column), "shared-reference", "reference repeats line "
                        + before.source().line() + " on an expense that differs from it; both are counted",
                        "if it is the same expense entered twice, remove one of the two rows");
            }
        }
    }

    /**
     * A line code that comes back in the same year on a line that differs (a budget by cost centre lists the same
     * account under each): the lines are summed per code, with a warning so that a typed-twice code is seen.
     */
    private static void repeatedLineCodes(ProjectData d, Exclusions out) {
        int column = d.source(InputKind.BUDGET).column("line_code");
        Map<List<Object>, BudgetLine> first = new HashMap<>();
        for (BudgetLine b : d.budget()) {
            BudgetLine before = first.putIfAbsent(List.of(b.year(), b.lineCode()), b);
            if (before != null && !(before.line().equals(b.line()) && before.heading().equals(b.heading())
                    && before.amount().equals(b.amount()))) {
                out.warn(b.source().atColumn(column), "repeated-line-code", "budget line \"" + b.lineCode()
                        + "\" of Year " + b.year() + " repeats line " + before.source().line() + "; the amounts are"
                        + " summed under the code", "if the two are different lines, give them different codes (or"
                        + " combine the code with its cost centre: line_code: [Cost centre, Account])");
            }
        }
    }

    private static boolean sameExpense(Expense a, Expense b) {
        return a.date().equals(b.date()) && a.lineCode().equals(b.lineCode())
                && Objects.equals(a.description(), b.description()) && a.amount().equals(b.amount())
                && Objects.equals(a.fxRate(), b.fxRate());
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

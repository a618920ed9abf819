package org.fieldreport.validate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.SourceRef;

/**
 * The duplicate check of attendance: the same child at the same session twice. It works on the child and session
 * numbers, not on records: the rows are taken session by session (in file order within each), and a child met
 * again in the same session is a duplicate of the row that first met it. An export lists a session's rows together,
 * so the file's own order is used when it does; otherwise the rows are first ordered by session with a counting
 * sort, one int per row.
 */
final class RepeatedVisits {

    /** A row that repeats an earlier one: its child at its session. */
    private record Duplicate(int row, int earlier) {
    }

    private final AttendanceRegister rows;
    /** Per child number: the session it was last met in (plus one; 0 = never) and the row that met it first there. */
    private final int[] lastSession;
    private final int[] firstRow;
    private final List<Duplicate> found = new ArrayList<>();

    RepeatedVisits(AttendanceRegister rows) {
        this.rows = rows;
        this.lastSession = new int[rows.childCodes().size()];
        this.firstRow = new int[rows.childCodes().size()];
    }

    /** Excludes every later copy of a child at a session, in file order, naming the line of the first. */
    void find(Exclusions out) {
        int[] bySession = sessionsTogether() ? null : bySession();
        for (int i = 0; i < rows.size(); i++) {
            visit(bySession == null ? i : bySession[i]);
        }
        found.sort(Comparator.comparingInt(Duplicate::row));
        for (Duplicate d : found) {
            out.exclude(SourceRef.row(rows.file(), rows.line(d.row())), "duplicate",
                    "duplicate of line " + rows.line(d.earlier()) + " (the same child at the same session)",
                    "remove one of the two rows");
        }
    }

    private void visit(int row) {
        int child = rows.child(row);
        int session = rows.session(row) + 1;
        if (lastSession[child] == session) {
            found.add(new Duplicate(row, firstRow[child]));
        } else {
            lastSession[child] = session;
            firstRow[child] = row;
        }
    }

    /** Whether each session's rows follow each other in the file (no session comes back after another). */
    private boolean sessionsTogether() {
        BitSet done = new BitSet(rows.sessions().size());
        int current = -1;
        for (int row = 0; row < rows.size(); row++) {
            int session = rows.session(row);
            if (session != current) {
                if (done.get(session)) {
                    return false;
                }
                if (current >= 0) {
                    done.set(current);
                }
                current = session;
            }
        }
        return true;
    }

    /** Row numbers ordered by session, in file order within a session: a stable counting sort. */
    private int[] bySession() {
        int[] next = new int[rows.sessions().size() + 1];
        for (int row = 0; row < rows.size(); row++) {
            next[rows.session(row) + 1]++;
        }
        for (int s = 1; s < next.length; s++) {
            next[s] += next[s - 1];
        }
        int[] order = new int[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            order[next[rows.session(row)]++] = row;
        }
        return order;
    }
}

package org.fieldreport.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.Expense;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.ProjectData;
import org.fieldreport.privacy.ChildCodeScan;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/**
 * Keeps the project's child codes out of everything that can reach an output: an expense description that names a
 * child (finance staff write "medical fees for SMC-0002") has the code masked, with a warning, and a problem message
 * that quotes a code (a value in a shifted column) is masked too. The codes are the attendance file's.
 */
final class ChildCodeGuard {

    /** How many masked descriptions are remembered before the memory is emptied. */
    private static final int REMEMBERED = 4096;

    private final ChildCodeScan scan;
    /**
     * The descriptions last masked, and their masked form: a file repeats a few hundred descriptions a million
     * times, and ingest keeps one copy of each, whose hash is computed once.
     */
    private final Map<String, String> maskedDescriptions = new HashMap<>();

    private ChildCodeGuard(ChildCodeScan scan) {
        this.scan = scan;
    }

    /**
     * A guard against every code in the attendance file's dictionary: the codes of its rows, including rows a
     * check excluded afterwards (a duplicate or a date outside the project still names a child).
     */
    static ChildCodeGuard of(List<String> childCodes) {
        return new ChildCodeGuard(ChildCodeScan.of(childCodes));
    }

    /**
     * The expenses with child codes masked in their descriptions and references; each masked cell is warned about.
     * The list given is returned as it is when no expense names a child.
     */
    List<Expense> expenses(ProjectData data, List<Expense> expenses, Problems problems) {
        int descriptionColumn = data.source(InputKind.EXPENSES).column("description");
        int referenceColumn = data.source(InputKind.EXPENSES).column("reference");
        List<Expense> out = null;
        for (int i = 0; i < expenses.size(); i++) {
            Expense e = expenses.get(i);
            String description = e.description() == null ? null : mask(e.description());
            String reference = e.reference() == null ? null : scan.mask(e.reference());
            boolean inDescription = description != null && !description.equals(e.description());
            boolean inReference = reference != null && !reference.equals(e.reference());
            if (inDescription) {
                problems.add(Problem.warning("child-code", e.source().atColumn(descriptionColumn),
                        "description names a child by code; the code is masked as [child code] in every output",
                        "describe expenses without child codes"));
            }
            if (inReference) {
                problems.add(Problem.warning("child-code", e.source().atColumn(referenceColumn),
                        "reference names a child by code; the code is masked as [child code] in every output",
                        "use voucher or receipt numbers as references, never child codes"));
            }
            if (inDescription || inReference) {
                if (out == null) {
                    out = new ArrayList<>(expenses);
                }
                out.set(i, new Expense(e.date(), e.lineCode(), description, e.amount(), e.fxRate(), e.fxQuote(), reference,
                        e.source()));
            }
        }
        return out == null ? expenses : out;
    }

    private String mask(String description) {
        String m = maskedDescriptions.get(description);
        if (m == null) {
            m = scan.mask(description);
            if (maskedDescriptions.size() >= REMEMBERED) {
                maskedDescriptions.clear();
            }
            maskedDescriptions.put(description, m);
        }
        return m;
    }

    /** The problems with any child code in their messages or hints masked. */
    Problems problems(Problems problems) {
        return problems.map(p -> new Problem(p.severity(), p.code(), p.source(), scan.mask(p.message()),
                p.hint() == null ? null : scan.mask(p.hint())));
    }
}

package org.fieldreport.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fieldreport.model.AttendanceRegister;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceRef;
import org.fieldreport.privacy.ChildCodeMask;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;

/**
 * Puts the project's {@link ChildCodeMask} in front of everything loading produced: every free text of the input
 * rows that an output can show (expense descriptions and references, budget line names and headings, funding donors
 * and references, outreach teams) has anything shaped like a child code masked, with a warning naming the cell
 * (finance staff write "medical fees for SMC-0002"), and every problem message and hint, now and later, passes the
 * mask ({@link Problems#maskWith}). The narrative passes the same mask when it is read ({@link #mask()}).
 */
final class ChildCodeGuard {

    /** How many masked texts are remembered before the memory is emptied. */
    private static final int REMEMBERED = 4096;

    private final ChildCodeMask mask;
    /**
     * The texts last masked, and their masked form: a file repeats a few hundred descriptions a million times, and
     * ingest keeps one copy of each, whose hash is computed once.
     */
    private final Map<String, String> masked = new HashMap<>();

    private ChildCodeGuard(ChildCodeMask mask) {
        this.mask = mask;
    }

    /**
     * The guard of a project: its declared shape of child codes and the codes of its attendance file, rows a check
     * excluded and rows refused while reading included (they still name a child).
     */
    static ChildCodeGuard of(Project project, AttendanceRegister attendance, Problems problems) {
        ChildCodeMask mask = ChildCodeMask.of(project.privacy().childCodes(), attendance.childCodes(),
                attendance.refusedChildCodes());
        if (mask.unlearned() > 0) {
            problems.add(Problem.warning("child-code-shapes", SourceRef.file(project.file(InputKind.ATTENDANCE)
                    .path()), "child codes come in " + mask.unlearned() + " more shapes than the "
                    + "mask learns; codes of those shapes are masked only where the file names them",
                    "declare the shape of the project's codes as privacy: child_codes in project.yaml"));
        }
        problems.maskWith(mask::mask);
        return new ChildCodeGuard(mask);
    }

    /** The mask, for texts read after loading (the narrative). */
    ChildCodeMask mask() {
        return mask;
    }

    /** The data with child codes masked in every free text an output can show; each masked cell is warned about. */
    ProjectData data(ProjectData data, Problems problems) {
        Texts expenses = new Texts(data, InputKind.EXPENSES, problems);
        List<Expense> e = expenses.each(data.expenses(), Expense::source, x -> new Expense(x.date(), x.lineCode(),
                expenses.text(x.description(), x.source(), "description", "describe expenses without child codes"),
                x.amount(), x.fxRate(), expenses.text(x.reference(), x.source(), "reference",
                        "use voucher or receipt numbers as references, never child codes"), x.source()));
        Texts budget = new Texts(data, InputKind.BUDGET, problems);
        String lineHint = "name budget lines by what they buy, never by a child's code";
        List<BudgetLine> b = budget.each(data.budget(), BudgetLine::source, x -> new BudgetLine(x.year(),
                x.lineCode(), budget.text(x.line(), x.source(), "line", lineHint), budget.text(x.heading(),
                x.source(), "heading", lineHint), x.amount(), x.source()));
        Texts funding = new Texts(data, InputKind.FUNDING, problems);
        List<FundingEntry> f = funding.each(data.funding(), FundingEntry::source, x -> new FundingEntry(x.date(),
                funding.text(x.donor(), x.source(), "donor", "name donors, never children"), x.kind(), x.amount(),
                x.year(), funding.text(x.reference(), x.source(), "reference",
                        "use agreement or receipt numbers as references, never child codes"), x.source()));
        Texts outreach = new Texts(data, InputKind.OUTREACH_NIGHTS, problems);
        List<OutreachNight> n = outreach.each(data.nights(), OutreachNight::source, x -> new OutreachNight(x.date(),
                x.area(), outreach.text(x.team(), x.source(), "team", "name teams, never children"), x.staff(),
                x.childrenContacted(), x.newChildren(), x.girls(), x.boys(), x.interventions(), x.disclosures(),
                x.referrals(), x.source()));
        if (e == data.expenses() && b == data.budget() && f == data.funding() && n == data.nights()) {
            return data;
        }
        return new ProjectData(data.project(), n, data.attendance(), b, e, f, data.rates(), data.sources());
    }

    /** The free texts of one input file: masks each, warning at its cell when it held a code. */
    private final class Texts {
        private final ProjectData data;
        private final InputKind kind;
        private final Problems problems;
        private boolean changed;

        Texts(ProjectData data, InputKind kind, Problems problems) {
            this.data = data;
            this.kind = kind;
            this.problems = problems;
        }

        /** The rows with their texts masked; the list given when no text held a code. */
        <T> List<T> each(List<T> rows, Function<T, SourceRef> where, Function<T, T> masking) {
            List<T> out = null;
            for (int i = 0; i < rows.size(); i++) {
                changed = false;
                T row = masking.apply(rows.get(i));
                if (changed) {
                    if (out == null) {
                        out = new ArrayList<>(rows);
                    }
                    out.set(i, row);
                }
            }
            return out == null ? rows : out;
        }

        String text(String text, SourceRef row, String column, String hint) {
            if (text == null || text.isEmpty()) {
                return text;
            }
            String m = masked.get(text);
            if (m == null) {
                m = mask.mask(text);
                if (masked.size() >= REMEMBERED) {
                    masked.clear();
                }
                masked.put(text, m);
            }
            if (!m.equals(text)) {
                changed = true;
                problems.add(Problem.warning("child-code", row.atColumn(data.source(kind).column(column)),
                        column + " names a child by code; the code is masked as " + ChildCodeMask.MASK
                                + " in every output", hint));
            }
            return m;
        }
    }
}

package org.fieldreport.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;
import org.junit.jupiter.api.Test;

/** Problems grouped per file and kind: a repeated mistake is its first rows and one line that counts the rest. */
class ProblemsTextTest {

    private static Problem outside(int line) {
        return Problem.error("outside-years", SourceRef.row("data/attendance.csv", line),
                "date 2017-01-02 is outside every project year", null);
    }

    @Test
    void aKindOnManyRowsIsItsFirstThreeAndACountWithTheLineRanges() {
        List<Problem> problems = new ArrayList<>();
        for (int line = 3; line <= 1206; line++) {
            if (line != 500 && line != 800) {
                problems.add(outside(line));
            }
        }
        problems.add(Problem.warning("girls-boys", SourceRef.row("data/outreach_nights.csv", 9),
                "girls + boys (7 + 5 = 12) differs from children_contacted (10)", null));

        assertThat(ProblemsText.lines(problems, false)).containsExactly(
                "data/attendance.csv:3: error: date 2017-01-02 is outside every project year",
                "data/attendance.csv:4: error: date 2017-01-02 is outside every project year",
                "data/attendance.csv:5: error: date 2017-01-02 is outside every project year",
                "data/attendance.csv: 1,199 more errors of this kind, on lines 6–499, 501–799, 801–1,206; --all"
                        + " lists each",
                "data/outreach_nights.csv:9: warning: girls + boys (7 + 5 = 12) differs from children_contacted (10)");
        assertThat(ProblemsText.lines(problems, true)).hasSize(1203);
    }

    @Test
    void upToFiveOfAKindAreListedInTheirOwnOrder() {
        List<Problem> problems = List.of(outside(2),
                Problem.error("bad-number", SourceRef.row("data/attendance.csv", 2), "age \"x\" is not a number", null),
                outside(3), outside(4), outside(5), outside(6));
        assertThat(ProblemsText.lines(problems, false)).hasSize(6).first().asString().contains(":2: error: date");
    }

    @Test
    void manyRangesAreCountedAfterTheFirstSix() {
        List<Problem> problems = new ArrayList<>();
        for (int line = 2; line <= 40; line += 2) {
            problems.add(outside(line));
        }
        assertThat(ProblemsText.lines(problems, false)).last().isEqualTo("data/attendance.csv: 17 more errors of"
                + " this kind, on lines 8, 10, 12, 14, 16, 18 and 11 more ranges; --all lists each");
    }

    @Test
    void countsAndTotalsReadAsInTheReports() {
        assertThat(ProblemsText.count(14627)).isEqualTo("14,627");
        assertThat(ProblemsText.totals(1, 1)).isEqualTo("1 error, 1 warning");
        assertThat(ProblemsText.totals(0, 15845)).isEqualTo("0 errors, 15,845 warnings");
        assertThat(ProblemsText.notKept(0, 1000)).isNull();
        assertThat(ProblemsText.notKept(15845, 1000)).isEqualTo("... and 15,845 more problems not listed (past a"
                + " file's first 1,000, problems are counted, not kept)");
    }
}

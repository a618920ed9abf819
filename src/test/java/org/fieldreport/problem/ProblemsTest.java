package org.fieldreport.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldreport.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The problems every output of a report lists are those frozen before it was rendered. */
class ProblemsTest {

    @Test
    void aFrozenListKeepsItsProblemsAndCountsWhenTheCollectorGrows() {
        Problems problems = new Problems();
        problems.add(Problem.warning("raw-html", new SourceRef("narrative/01.md", 3, 1), "raw HTML left out", null));
        problems.add(Problem.error("bad-date", new SourceRef("data/attendance.csv", 7, 1), "not a date",
                "use yyyy-MM-dd"));

        ProblemList frozen = problems.freeze();
        problems.add(Problem.warning("font", SourceRef.file("templates/report.css"), "no glyph for a character", null));

        assertThat(frozen.all()).extracting(Problem::format).containsExactly(
                "data/attendance.csv:7:1: error: not a date; use yyyy-MM-dd",
                "narrative/01.md:3:1: warning: raw HTML left out");
        assertThat(frozen.errorCount()).isEqualTo(1);
        assertThat(frozen.warningCount()).isEqualTo(1);
        assertThat(frozen.errorCount("data/attendance.csv")).isEqualTo(1);
        assertThat(frozen.warningCount("templates/report.css")).isZero();
        assertThat(problems.warningCount()).isEqualTo(2);
    }
}

package org.fieldreport.render.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fieldreport.privacy.NarrativeSection;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static final Map<String, String> FIGURES = Map.of("outreach.nights", "253",
            "counselling.children", "<10", "budget.total", "$45,000");

    private final Problems warnings = new Problems();

    private NarrativeSection render(String markdown) {
        return new Narrative(FIGURES, NameDenyList.none()).render("narrative/02-update.md", markdown, warnings);
    }

    @Test
    void theFirstHeadingIsTheTitleAndFiguresAreFilledIn() {
        NarrativeSection s = render("# Update\n\nThe teams went out on ${outreach.nights} evenings.\n");
        assertThat(s.title()).isEqualTo("Update");
        assertThat(s.sourceFile()).isEqualTo("narrative/02-update.md");
        assertThat(s.xhtml()).isEqualTo("<p>The teams went out on 253 evenings.</p>\n");
        assertThat(s.markdown()).isEqualTo("# Update\n\nThe teams went out on 253 evenings.\n");
    }

    @Test
    void aFigureIsShownAsWrittenNeverReadAsMarkupOrMarkdown() {
        NarrativeSection s = render("Children in counselling: ${counselling.children}; budget ${budget.total}.");
        assertThat(s.xhtml()).isEqualTo("<p>Children in counselling: &lt;10; budget $45,000.</p>\n");
    }

    @Test
    void withoutAHeadingTheTitleComesFromTheFileName() {
        NarrativeSection s = new Narrative(FIGURES, NameDenyList.none())
                .render("narrative/03-a-story.md", "Once upon a time.", warnings);
        assertThat(s.title()).isEqualTo("A story");
    }

    @Test
    void subheadingsMoveOneLevelDownUnderTheSectionTitle() {
        NarrativeSection s = render("# Update\n\n## Looking ahead\n\nText.");
        assertThat(s.xhtml()).isEqualTo("<h3>Looking ahead</h3>\n<p>Text.</p>\n");
    }

    @Test
    void anUnknownFigureIsAnErrorNamingFileLineAndColumn() {
        assertThatThrownBy(() -> render("# Update\n\nWe went out on ${outreach.nigths} evenings.\n"))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("narrative/02-update.md:3:16: error: unknown figure ${outreach.nigths} in the "
                        + "narrative; did you mean ${outreach.nights}?")
                .satisfies(e -> {
                    FieldReportException f = (FieldReportException) e;
                    assertThat(f.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(f.problems()).extracting(Problem::code).containsExactly("unknown-figure");
                });
    }

    @Test
    void everyUnknownFigureIsListed() {
        assertThatThrownBy(() -> render("${a.b} and\n${c.d}"))
                .isInstanceOf(FieldReportException.class)
                .hasMessageEndingWith("(and 1 more)")
                .satisfies(e -> assertThat(((FieldReportException) e).problems())
                        .extracting(p -> p.source().toString())
                        .containsExactly("narrative/02-update.md:1:1", "narrative/02-update.md:2:1"));
    }

    @Test
    void rawHtmlIsLeftOutWithAWarningSayingWhere() {
        NarrativeSection s = render("Before.\n\n<img src=\"file:///etc/passwd\">\n\nText <img src=\"x\"> inline.");
        assertThat(s.xhtml()).isEqualTo("<p>Before.</p>\n<p>Text  inline.</p>\n");
        assertThat(s.xhtml()).doesNotContain("img", "passwd", "&lt;");
        assertThat(warnings.all()).extracting(Problem::format).containsExactly(
                "narrative/02-update.md:3:1: warning: raw HTML in the narrative was left out; write Markdown only;"
                        + " HTML is never copied into a report",
                "narrative/02-update.md:5:6: warning: raw HTML in the narrative was left out; write Markdown only;"
                        + " HTML is never copied into a report");
    }

    @Test
    void imagesAreLeftOutAndLinksShowTheirAddress() {
        NarrativeSection s = render("See ![a child](file:///etc/passwd) and [our partners](https://example.org)."
                + "\n\n<https://example.org/x>");
        assertThat(s.xhtml()).isEqualTo(
                "<p>See  and our partners (https://example.org).</p>\n<p>https://example.org/x</p>\n");
        assertThat(warnings.all()).extracting(Problem::code).containsExactly("narrative-image");
    }

    @Test
    void aLinkWithAScriptAddressIsOnlyText() {
        NarrativeSection s = render("[click](javascript:alert(1))");
        assertThat(s.xhtml()).doesNotContain("<a").isEqualTo("<p>click (javascript:alert(1))</p>\n");
    }

    @Test
    void aDeniedNameStopsTheNarrativeWithoutRepeatingTheName() {
        Narrative narrative = new Narrative(FIGURES, NameDenyList.of(List.of("Sopheap", "Dara Chan")));
        assertThatThrownBy(() -> narrative.render("narrative/03-a-story.md",
                "# A story\n\nThe team met a girl.\nLater, dara  chan\nand DARA CHAN came back.\n", warnings))
                .isInstanceOf(FieldReportException.class)
                .hasMessage("narrative/03-a-story.md:5:5: error: this line holds a name from the deny-list; take "
                        + "the name out of the narrative; no report is made while it is there")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("dara"));
    }

    @Test
    void aDeniedNameMatchesWholeWordsOnly() {
        Narrative narrative = new Narrative(FIGURES, NameDenyList.of(List.of("Dara")));
        NarrativeSection s = narrative.render("narrative/01.md", "Daravuth and Adara are places.", warnings);
        assertThat(s.xhtml()).contains("Daravuth");
        assertThatThrownBy(() -> narrative.render("narrative/01.md", "We met dara.", warnings))
                .hasMessageStartingWith("narrative/01.md:1:8: error: this line holds a name from the deny-list");
    }
}

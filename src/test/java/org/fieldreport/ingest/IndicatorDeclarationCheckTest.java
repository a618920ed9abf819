package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.Measure;
import org.fieldreport.model.Project;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.junit.jupiter.api.Test;

class IndicatorDeclarationCheckTest {

    private static final String HEAD = """
            code: T
            name: Test
            currency: USD
            start: 2018-12-01
            sites: [Riverfront, Stung Mean Chey]
            activities: [kids_club, arts, prevention]
            """;

    private static List<String> problems(String yaml) {
        try {
            ProjectFileReader.parse(Path.of("."), HEAD + yaml);
        } catch (FieldReportException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            return e.problems().stream().map(Problem::format).toList();
        }
        return List.of();
    }

    @Test
    void unknownRatioReferenceNamesItsLine() {
        assertThat(problems("""
                indicators:
                  - id: nights
                    source: outreach_nights
                    measure: distinct
                    column: date
                  - id: per_week
                    measure: ratio
                    numerator: night
                    denominator: weeks
                """)).containsExactly("project.yaml:14: error: indicator \"per_week\": numerator \"night\" is not"
                + " an indicator of this project; did you mean \"nights\"?");
    }

    @Test
    void unknownColumnNamesItsLine() {
        assertThat(problems("""
                indicators:
                  - id: contacts
                    source: outreach_nights
                    measure: sum
                    column: children_contact
                """)).containsExactly("project.yaml:11: error: indicator \"contacts\": \"children_contact\" is not"
                + " a number column of outreach_nights; did you mean \"children_contacted\"?");
    }

    @Test
    void unknownFilterValueNamesItsLine() {
        assertThat(problems("""
                indicators:
                  - id: clubs
                    source: attendance
                    measure: sessions
                    filters:
                      activity: [kids_club, football]
                """)).containsExactly("project.yaml:12: error: indicator \"clubs\": filter value \"football\" is"
                + " not a known activity of this project; activity values: arts, kids_club, prevention");
    }

    @Test
    void unknownSourceBreakdownAndFilterColumn() {
        assertThat(problems("""
                indicators:
                  - id: a
                    source: attendence
                    measure: count
                  - id: b
                    source: outreach_nights
                    measure: count
                    breakdowns: [area, sex]
                    filters: {activity: [arts]}
                """)).containsExactly(
                "project.yaml:9: error: indicator \"a\": unknown source \"attendence\"; did you mean"
                        + " \"attendance\"?",
                "project.yaml:15: error: indicator \"b\": cannot filter on \"activity\", not a column of"
                        + " outreach_nights; columns: area, date, session, team",
                "project.yaml:14: error: indicator \"b\" cannot be broken down by \"sex\"; breakdowns available:"
                        + " area, month, quarter, site");
    }

    @Test
    void ratioThatDependsOnItselfIsRefused() {
        assertThat(problems("""
                indicators:
                  - {id: a, measure: ratio, numerator: b, denominator: days}
                  - {id: b, measure: ratio, numerator: a, denominator: days}
                """)).containsExactly(
                "project.yaml:8: error: indicator \"a\" depends on itself through \"b\"",
                "project.yaml:9: error: indicator \"b\" depends on itself through \"a\"");
    }

    @Test
    void missingMeasureAndUnknownMeasure() {
        assertThat(problems("""
                indicators:
                  - id: a
                    source: attendance
                """)).containsExactly("project.yaml:8: error: indicator \"a\" has no measure; add `measure:`"
                + " (count, distinct, sum, sessions, first_time, regular, ratio, periods or finance)");
        assertThat(problems("""
                indicators:
                  - id: a
                    measure: average
                """)).singleElement().asString().startsWith("project.yaml:9:")
                .contains("indicators[1].measure").contains("average");
    }

    @Test
    void regularNeedsMinAndFinanceNeedsItsFigure() {
        assertThat(problems("""
                indicators:
                  - {id: regulars, source: attendance, measure: regular, column: child_code}
                  - {id: spent, measure: finance}
                """)).containsExactly(
                "project.yaml:8: error: indicator \"regulars\" needs `min`, the least number of attendances that"
                        + " makes a regular attender (1 or more)",
                "project.yaml:9: error: indicator \"spent\" needs `column`, the finance figure it shows; for example"
                        + " budget, spent or received");
    }

    @Test
    void statusThresholdsMustBeOrdered() {
        assertThat(problems("""
                status: {green: 60, amber: 70}
                """)).containsExactly("project.yaml:7: error: status thresholds must satisfy green > amber >= 0"
                + " (percent achieved); for example green: 90, amber: 70");
    }

    @Test
    void projectWithoutIndicatorsGetsTheCatalogueThatFitsIt() {
        Project project = ProjectFileReader.parse(Path.of("."), HEAD);
        List<String> ids = project.indicators().stream().map(IndicatorDeclaration::id).toList();
        assertThat(ids).contains("outreach_nights", "nights_per_week", "kids_club_average", "arts_children",
                "prevention_quarters", "spent");
        // the project has no counselling activity
        assertThat(ids).doesNotContain("counselling_sessions");
        // a built-in indicator has no target of its own: only what the project declares counts
        assertThat(project.indicators()).allSatisfy(d -> assertThat(d.target()).as(d.id()).isNull());
    }

    @Test
    void catalogueDropsWhatAProjectCannotHave() {
        List<IndicatorDeclaration> kept = IndicatorCatalogue.forProject(List.of("North"), List.of("prevention"), 18);
        List<String> ids = kept.stream().map(IndicatorDeclaration::id).toList();
        assertThat(ids).contains("prevention_sessions", "prevention_participants", "children_attending")
                .doesNotContain("prevention_quarters", "kids_club_sessions", "kids_club_average", "arts_sessions");
        assertThat(kept.stream().filter(d -> d.id().equals("prevention_sessions")).findFirst().orElseThrow()
                .breakdowns()).isEmpty();
    }

    @Test
    void wholeCataloguePassesTheCheckForAProjectWithEveryActivity() {
        String yaml = "code: T\nname: Test\ncurrency: USD\nstart: 2018-12-01\nsites: [A, B]\n"
                + "activities: [kids_club, arts, counselling, prevention]\n";
        List<IndicatorDeclaration> all = IndicatorCatalogue.all();
        List<String> found = new java.util.ArrayList<>();
        new IndicatorDeclarationCheck(all, List.of("A", "B"), List.of("kids_club", "arts", "counselling",
                "prevention"), Project.DEFAULT_AGE_BANDS, 12, (p, m, h) -> found.add(p + " " + m)).run();
        assertThat(found).isEmpty();
        assertThat(ProjectFileReader.parse(Path.of("."), yaml).indicators()).hasSameSizeAs(all);
        assertThat(all).extracting(IndicatorDeclaration::measure).contains(Measure.values());
    }

    @Test
    void sampleProjectDeclaresTheCatalogueWithTargets() {
        Project sample = ProjectFileReader.read(Path.of("sample-data"));
        assertThat(sample.indicators()).extracting(IndicatorDeclaration::id)
                .containsExactlyElementsOf(IndicatorCatalogue.all().stream().map(IndicatorDeclaration::id).toList());
        assertThat(sample.indicators().stream().filter(d -> d.id().equals("outreach_contacts")).findFirst()
                .orElseThrow().target()).isEqualByComparingTo("2500");
    }

    @Test
    void unitsSayWhichFiguresCountPeople() {
        assertThat(IndicatorCatalogue.all().stream().filter(IndicatorDeclaration::isCountOfPeople)
                .map(IndicatorDeclaration::id).toList()).containsExactly("outreach_contacts", "new_children_met",
                "girls_contacted", "boys_contacted", "interventions", "disclosures", "referrals",
                "children_attending", "new_children_attending", "kids_club_children", "kids_club_attendances",
                "kids_club_regulars", "arts_children", "prevention_participants");
    }

    @Test
    void declaredIndicatorsAreKeptWithoutTheCatalogue() {
        Project project = ProjectFileReader.parse(Path.of("."), HEAD + """
                indicators:
                  - {id: clubs, source: attendance, measure: sessions, filters: {activity: [arts]}}
                """);
        assertThat(project.indicators()).extracting(IndicatorDeclaration::id).containsExactly("clubs");
    }

    @Test
    void missingFileStillFailsAsBefore() {
        assertThatThrownBy(() -> ProjectFileReader.read(Path.of("no-such-folder")))
                .isInstanceOf(FieldReportException.class);
    }
}

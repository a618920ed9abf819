package org.fieldreport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline one-directional: ingest -> model -> indicators -> privacy -> render, with a thin cli on top; and
 * keeps privacy the one gate between them: renderers see published content only.
 */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fieldreport");

    /** The input rows. A renderer formats published content; a row it could reach, it would one day print. */
    static final List<String> ROW_TYPES = List.of(
            "org.fieldreport.model.ProjectData",
            "org.fieldreport.model.Attendance",
            "org.fieldreport.model.AttendanceRegister",
            "org.fieldreport.model.IntColumn",
            "org.fieldreport.model.ByteColumn",
            "org.fieldreport.model.RowInts",
            "org.fieldreport.model.OutreachNight",
            "org.fieldreport.model.Expense",
            "org.fieldreport.model.FundingEntry",
            "org.fieldreport.model.ExchangeRate",
            "org.fieldreport.model.BudgetLine");

    /** Figures before suppression, and what computes them or carries the rows behind them. */
    static final List<String> UNSUPPRESSED_TYPES = List.of(
            "org.fieldreport.indicators.IndicatorEngine",
            "org.fieldreport.indicators.IndicatorResult",
            "org.fieldreport.indicators.Breakdown",
            "org.fieldreport.indicators.BreakdownCell",
            "org.fieldreport.indicators.MonthlyActivity",
            "org.fieldreport.indicators.FinanceFigures",
            "org.fieldreport.indicators.BudgetAgainstActual",
            "org.fieldreport.indicators.BudgetReport",
            "org.fieldreport.indicators.Conversions",
            "org.fieldreport.indicators.ConvertedExpense",
            "org.fieldreport.indicators.CurrencyConversion");

    /**
     * All of the privacy package a renderer may see: the audience and the published types (with the types nested in
     * them). Everything else there (policies, rules, count tables, suppressed cells, the gate itself) decides what an
     * audience may see, and a renderer that used it would be deciding too.
     */
    static final List<String> PUBLISHED_TYPES = List.of(
            "org.fieldreport.privacy.Audience",
            "org.fieldreport.privacy.ReportScope",
            "org.fieldreport.privacy.PublishedReport",
            "org.fieldreport.privacy.PublishedIndicators",
            "org.fieldreport.privacy.PublishedIndicator",
            "org.fieldreport.privacy.PublishedFigure",
            "org.fieldreport.privacy.PublishedBreakdown",
            "org.fieldreport.privacy.PublishedActivity",
            "org.fieldreport.privacy.MonthlySeries",
            "org.fieldreport.privacy.PublishedBudget",
            "org.fieldreport.privacy.PublishedExpenses",
            "org.fieldreport.privacy.ExpenseLine",
            "org.fieldreport.privacy.FundingLine",
            "org.fieldreport.privacy.NarrativeSection");

    /**
     * The published types that carry figures. The others are authored text ({@code NarrativeSection}, which
     * {@code render.narrative} makes from the officers' Markdown with published figures filled in) and the audience.
     */
    static final List<String> FIGURE_TYPES = PUBLISHED_TYPES.stream()
            .filter(t -> !t.endsWith(".NarrativeSection") && !t.endsWith(".Audience")).toList();

    /** The published types only the privacy package can make: no public constructor. */
    static final List<String> GATED_TYPES = List.of(
            "org.fieldreport.privacy.PublishedReport",
            "org.fieldreport.privacy.PublishedIndicators",
            "org.fieldreport.privacy.PublishedIndicator",
            "org.fieldreport.privacy.PublishedBudget",
            "org.fieldreport.privacy.PublishedExpenses");

    @Test
    void nothingImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.fieldreport.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.fieldreport.cli..")
                .check(MAIN);
    }

    @Test
    void modelImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("org.fieldreport.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldreport.problem..",
                        "org.fieldreport.ingest..", "org.fieldreport.validate..", "org.fieldreport.indicators..",
                        "org.fieldreport.privacy..", "org.fieldreport.render..", "org.fieldreport.app..")
                .check(MAIN);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAnyPackage("org.fieldreport.ingest..", "org.fieldreport.validate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldreport.indicators..",
                        "org.fieldreport.privacy..", "org.fieldreport.render..", "org.fieldreport.app..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("org.fieldreport.indicators..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldreport.ingest..",
                        "org.fieldreport.privacy..", "org.fieldreport.render..", "org.fieldreport.app..",
                        "org.apache.commons.csv..", "freemarker..", "org.apache.poi..", "org.xhtmlrenderer..")
                .allowEmptyShould(true)
                .check(MAIN);
        // A renderer never parses input (CSV output through Commons CSV's printer is fine).
        noClasses().that().resideInAnyPackage("org.fieldreport.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldreport.ingest..",
                        "org.fieldreport.app..", "org.fieldreport.validate..")
                .check(MAIN);
    }

    @Test
    void renderersSeeNoRowNorUnsuppressedFigure() {
        List<String> hidden = new ArrayList<>(ROW_TYPES);
        hidden.addAll(UNSUPPRESSED_TYPES);
        noClasses().that().resideInAPackage("org.fieldreport.render..")
                .should().dependOnClassesThat(belongToAnyOf("are input rows or unsuppressed figures", hidden))
                .check(MAIN);
    }

    @Test
    void renderersSeeOnlyThePublishedPartOfPrivacy() {
        DescribedPredicate<JavaClass> internals = DescribedPredicate.describe("are privacy internals (not a published type)",
                (JavaClass c) -> c.getPackageName().equals("org.fieldreport.privacy")
                        && !belongToAnyOf("", PUBLISHED_TYPES).test(c));
        noClasses().that().resideInAPackage("org.fieldreport.render..")
                .should().dependOnClassesThat(internals)
                .check(MAIN);
    }

    @Test
    void onlyPrivacyMakesTheGatedTypes() {
        constructors().that().areDeclaredInClassesThat(belongToAnyOf("are gated published types", GATED_TYPES))
                .should().notBePublic()
                .check(MAIN);
    }

    /**
     * A renderer formats what privacy published and never makes a published value itself: it calls no constructor
     * and no static factory of a published type (records keep public constructors, so this rule is what closes
     * them to {@code render}).
     */
    @Test
    void renderersNeverMakeAPublishedValue() {
        DescribedPredicate<JavaCall<?>> makesPublished = DescribedPredicate.describe(
                "a constructor or static factory of a published type", (JavaCall<?> call) ->
                        belongToAnyOf("published", FIGURE_TYPES).test(call.getTarget().getOwner())
                                && (call.getTarget().getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                                || call.getTarget().resolveMember().map(m -> m.getModifiers()
                                        .contains(JavaModifier.STATIC)).orElse(false)));
        noClasses().that().resideInAPackage("org.fieldreport.render..")
                .should().callCodeUnitWhere(makesPublished)
                .check(MAIN);
    }

    @Test
    void everyTypeTheRulesNameExists() {
        Stream.of(ROW_TYPES, UNSUPPRESSED_TYPES, PUBLISHED_TYPES, GATED_TYPES).flatMap(List::stream)
                .forEach(name -> assertThat(MAIN.contain(name)).as(name + " (renamed? update the list)").isTrue());
    }

    /** The named classes and the classes nested in them. */
    private static DescribedPredicate<JavaClass> belongToAnyOf(String description, List<String> names) {
        return DescribedPredicate.describe(description, (JavaClass c) -> names.stream()
                .anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.fieldreport.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}

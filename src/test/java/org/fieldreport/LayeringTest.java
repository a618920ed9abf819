package org.fieldreport;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline one-directional: ingest -> model -> indicators -> render, with a thin cli on top. */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fieldreport");

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
    void packagesHaveNoCycles() {
        slices().matching("org.fieldreport.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}

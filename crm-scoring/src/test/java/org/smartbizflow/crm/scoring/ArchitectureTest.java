package org.smartbizflow.crm.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's place in the architecture: what it may depend on, and house rules for library code. */
class ArchitectureTest {

    private static JavaClasses scoring;

    @BeforeAll
    static void importClasses() {
        scoring = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.smartbizflow.crm.scoring");
    }

    @Test
    void rulesSeeEnoughClassesToMeanSomething() {
        long own = scoring.stream().filter(c -> c.getSource().map(s -> !s.getUri().toString().contains("crm-api"))
                .orElse(false)).count();
        assertThat(own).isGreaterThan(30);
    }

    @Test
    void dependsOnlyOnTheApiAndTheAllowedLibraries() {
        classes().that().resideInAPackage("org.smartbizflow.crm.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.smartbizflow.crm.scoring..", "org.smartbizflow.crm.shared..",
                        "org.apache.commons.math3..", "com.fasterxml.jackson..", "org.slf4j..", "java..")
                .check(scoring);
    }

    @Test
    void neverSeesOtherImplementationModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.smartbizflow.crm.core..",
                "org.smartbizflow.crm.jpa..", "org.smartbizflow.crm.forecasting..", "jakarta.persistence..")
                .check(scoring);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.smartbizflow.crm.scoring.(*)..").should().beFreeOfCycles().check(scoring);
    }

    @Test
    void libraryCodeDoesNotPrintOrUseJulOrThrowGenericExceptions() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(scoring);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(scoring);
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(scoring);
    }

    @Test
    void noGrabBagClassNames() {
        noClasses().should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
                .check(scoring);
    }
}

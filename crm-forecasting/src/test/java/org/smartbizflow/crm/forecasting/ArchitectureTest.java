package org.smartbizflow.crm.forecasting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** crm-forecasting knows crm-api, Commons Math and slf4j only, and keeps library manners. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smartbizflow.crm.forecasting");
    }

    @Test
    void importsEnoughClassesForTheRulesToMeanSomething() {
        assertThat(classes.size()).isGreaterThan(15);
    }

    @Test
    void dependsOnlyOnTheApiCommonsMathSlf4jAndTheJdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.smartbizflow.crm.forecasting..",
                "org.smartbizflow.crm.forecast..", "org.smartbizflow.crm.shared..", "org.apache.commons.math3..",
                "org.slf4j..", "java..").check(classes);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("org.smartbizflow.crm.forecasting.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void writesNothingToStandardStreamsOrJavaUtilLogging() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    }
}

package org.smartbizflow.crm.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.architecture.CrmArchitectureRules;

/** crm-core sees crm-api and its libraries; never the adapters or the analytics modules. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = CrmArchitectureRules.importProductionClasses("org.smartbizflow.crm.core", 15);
    }

    @Test
    void dependsOnlyOnTheApiAndItsLibraries() {
        CrmArchitectureRules.onlyDependsOn("java..", "org.smartbizflow.crm..", "org.slf4j..",
                "com.fasterxml.jackson..", "jakarta.validation..", "org.hibernate.validator..",
                "com.google.i18n.phonenumbers..", "org.apache.commons.text..").check(core);
        // crm-api's scoring and forecast ports are allowed; the modules implementing them are not
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.smartbizflow.crm.jpa..",
                "org.smartbizflow.crm.scoring.[action|evaluation|feature|model|predict|rules|sentiment|table]..",
                "org.smartbizflow.crm.forecasting..", "jakarta.persistence..")
                .check(core);
    }

    @Test
    void servicesAreHiddenBehindTheUseCasePorts() {
        classes().that().resideInAPackage("org.smartbizflow.crm.core.lead").and().haveSimpleNameEndingWith("Service")
                .should().notBePublic().check(core);
    }

    @Test
    void hasNoPackageCycles() {
        CrmArchitectureRules.noCyclesBelow("org.smartbizflow.crm.core").check(core);
    }

    @Test
    void neverPrintsOrUsesJavaUtilLogging() {
        CrmArchitectureRules.noConsoleOrJulLogging().forEach(rule -> rule.check(core));
    }

    @Test
    void publicApiExposesNoInternalType() {
        CrmArchitectureRules.noInternalTypesInPublicApi().check(core);
    }
}

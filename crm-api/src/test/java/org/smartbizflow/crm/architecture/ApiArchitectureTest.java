package org.smartbizflow.crm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** crm-api is the centre of the hexagon: it knows the JDK and nothing else. */
class ApiArchitectureTest {

    private static JavaClasses api;

    @BeforeAll
    static void importApi() {
        api = CrmArchitectureRules.importProductionClasses("org.smartbizflow.crm", 40);
    }

    @Test
    void dependsOnTheJdkOnly() {
        classes().that().resideOutsideOfPackages("..port.in..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.smartbizflow.crm..")
                .check(api);
    }

    @Test
    void commandsMayCarryBeanValidationAnnotations() {
        CrmArchitectureRules.onlyDependsOn("java..", "jakarta.validation.constraints..", "org.smartbizflow.crm..")
                .check(api);
    }

    @Test
    void hasNoPackageCycles() {
        CrmArchitectureRules.noCyclesBelow("org.smartbizflow.crm").check(api);
    }

    @Test
    void neverPrintsOrUsesJavaUtilLogging() {
        CrmArchitectureRules.noConsoleOrJulLogging().forEach(rule -> rule.check(api));
    }

    @Test
    void publicApiExposesNoInternalType() {
        CrmArchitectureRules.noInternalTypesInPublicApi().check(api);
    }
}

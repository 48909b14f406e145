package org.smartbizflow.crm.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Proves that the shared rules fail when a violation is planted: fixture classes in
 * {@code org.smartbizflow.crm.archfixture} print, leak an internal type, depend on
 * java.util.logging and form a package cycle.
 */
class RulesCatchPlantedViolationsTest {

    private final JavaClasses fixtures = new ClassFileImporter().importPackages("org.smartbizflow.crm.archfixture");

    @Test
    void theFixturesWereImported() {
        assertThat(fixtures.size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void internalTypeInPublicApiIsCaught() {
        assertThatThrownBy(() -> CrmArchitectureRules.noInternalTypesInPublicApi().check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyPublicApi.leak()")
                .hasMessageContaining("HiddenDetail");
    }

    @Test
    void printingSwallowingAndJulAreCaught() {
        for (ArchRule rule : CrmArchitectureRules.noConsoleOrJulLogging()) {
            assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("LeakyPublicApi");
        }
    }

    @Test
    void forbiddenDependencyIsCaught() {
        assertThatThrownBy(() -> CrmArchitectureRules.onlyDependsOn("org.smartbizflow.crm..").check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.util.logging");
    }

    @Test
    void packageCycleIsCaught() {
        assertThatThrownBy(() -> CrmArchitectureRules.noCyclesBelow("org.smartbizflow.crm.archfixture").check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
    }

    @Test
    void importGuardRefusesAnEmptyImport() {
        assertThatThrownBy(() -> CrmArchitectureRules.importProductionClasses("org.smartbizflow.nothing.here", 1))
                .isInstanceOf(AssertionError.class);
    }
}

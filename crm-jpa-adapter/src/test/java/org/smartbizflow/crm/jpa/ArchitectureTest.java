package org.smartbizflow.crm.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The adapter's place in the architecture: what it may use and what it shows to hosts. */
class ArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.smartbizflow.crm.jpa");

    @Test
    void importsTheWholeAdapter() {
        assertThat(ADAPTER.size()).isGreaterThan(10);
        assertThat(ADAPTER.stream().map(JavaClass::getName))
                .contains(JpaCrmPersistence.class.getName(), CrmSchema.class.getName());
    }

    @Test
    void dependsOnlyOnTheApiJakartaPersistenceSlf4jAndTheJdk() {
        // the CRM's own packages here are crm-api's: the next rule keeps out the other modules
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.sql..", "jakarta.persistence..", "org.slf4j..",
                        "org.smartbizflow.crm..")
                .check(ADAPTER);
    }

    @Test
    void neverUsesTheOtherModulesOrTheProvider() {
        // crm-api's scoring types (a stored lead score's grade and factors) are allowed; the module implementing
        // scoring is not
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.smartbizflow.crm.core..",
                        "org.smartbizflow.crm.scoring.[action|evaluation|feature|model|predict|rules|sentiment|table]..",
                        "org.smartbizflow.crm.forecasting..", "org.hibernate..")
                .check(ADAPTER);
    }

    @Test
    void publicSignaturesExposeNoInternalType() {
        classes().that().resideOutsideOfPackage("..internal..").and().arePublic()
                .should(exposeNoInternalType())
                .check(ADAPTER);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("org.smartbizflow.crm.jpa.(**)").should().beFreeOfCycles().check(ADAPTER);
    }

    @Test
    void writesNothingToTheConsoleOrJavaUtilLogging() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .orShould(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .check(ADAPTER);
    }

    @Test
    void keepsEntitiesInInternalPackages() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage("org.smartbizflow.crm.jpa.internal..")
                .andShould().notBePublic()
                .check(ADAPTER);
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                type -> type.getPackageName().contains(".internal"));
        return new ArchCondition<>("expose no internal type in a public member") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream<JavaCodeUnit> codeUnits = type.getCodeUnits().stream()
                        .filter(unit -> unit.getModifiers().contains(JavaModifier.PUBLIC));
                codeUnits.forEach(unit -> {
                    Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
                            .flatMap(signatureType -> signatureType.getAllInvolvedRawTypes().stream())
                            .filter(internal)
                            .forEach(exposed -> events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " exposes " + exposed.getName())));
                });
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.PUBLIC)
                            && field.getType().getAllInvolvedRawTypes().stream().anyMatch(internal)) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " exposes " + field.getRawType().getName()));
                    }
                }
            }
        };
    }
}

package org.smartbizflow.crm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rules every module checks, in one place so that all modules hold the same
 * line. Each module's ArchUnit test imports its own production classes and applies these.
 */
public final class CrmArchitectureRules {

    private CrmArchitectureRules() {
    }

    /**
     * The module's production classes; fails when the import found fewer than
     * {@code minimum}, so that a rule can never pass by importing nothing.
     */
    public static JavaClasses importProductionClasses(String rootPackage, int minimum) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        assertThat(classes.size())
                .as("classes imported from %s (a rule that imports nothing proves nothing)", rootPackage)
                .isGreaterThanOrEqualTo(minimum);
        return classes;
    }

    /** Library code neither prints nor uses java.util.logging; it logs through SLF4J. */
    public static List<ArchRule> noConsoleOrJulLogging() {
        return List.of(
                GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS,
                noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                        .because("library code logs through SLF4J"),
                noClasses().should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("printStackTrace")))
                        .because("errors are reported through exceptions or SLF4J"));
    }

    /** The module may use only these packages (its own included). */
    public static ArchRule onlyDependsOn(String... packages) {
        return classes().should().onlyDependOnClassesThat().resideInAnyPackage(packages);
    }

    /** No cycles between any two packages at or below the root. */
    public static ArchRule noCyclesBelow(String rootPackage) {
        String parent = rootPackage.substring(0, rootPackage.lastIndexOf('.'));
        return slices().matching(parent + ".(**)").should().beFreeOfCycles();
    }

    /**
     * No public method of a public type outside {@code ..internal..} takes or returns a type
     * from an {@code ..internal..} package: the public API never leaks internals.
     */
    public static ArchRule noInternalTypesInPublicApi() {
        return methods().that().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(notExposeInternalTypes())
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaMethod> notExposeInternalTypes() {
        return new ArchCondition<>("not expose types from ..internal.. packages") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>(method.getRawParameterTypes());
                exposed.add(method.getRawReturnType());
                for (JavaClass type : exposed) {
                    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                    if (base.getPackageName().contains(".internal")) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " exposes internal type " + base.getName()));
                    }
                }
            }
        };
    }
}

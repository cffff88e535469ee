package com.massagetrainer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature rules the team agreed on, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.massagetrainer");

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
                .because("services and domain code must work without a UI (views call services, never the reverse)")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoDependencyCycles() {
        slices().matching("com.massagetrainer.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void pureCoresUseNeitherSpringNorVaadin() {
        noClasses().that().resideInAnyPackage("..bank.format..", "..psychometrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..")
                .check(CLASSES);
    }
}

package org.triangulate.nlp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class NlpArchitectureTest {

    @Test
    void entityExtractionDoesNotDependOnJavaFx() {
        JavaClasses nlp = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.triangulate.nlp");
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(nlp);
    }
}

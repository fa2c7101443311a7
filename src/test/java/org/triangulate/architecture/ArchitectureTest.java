package org.triangulate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core knows nothing of JavaFX: only the UI and the app entry may use it, so everything else runs headless. */
@AnalyzeClasses(packages = "org.triangulate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotDependOnJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.triangulate.ui..", "org.triangulate.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core is driven from the CLI and tests without a display");

    @ArchTest
    static final ArchRule coreDoesNotDependOnTheUi = noClasses()
            .that().resideOutsideOfPackages("org.triangulate.ui..", "org.triangulate.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.triangulate.ui..", "org.triangulate.app..");

    @ArchTest
    static final ArchRule noWebView = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..")
            .because("WebKit would load external resources from article HTML");
}

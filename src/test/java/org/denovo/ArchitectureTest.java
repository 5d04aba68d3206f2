package org.denovo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.denovo");

    @Test
    void coreIsHeadlessExceptTheDepictionAdapter() {
        noClasses().that().resideInAPackage("org.denovo.core..")
                .and().doNotHaveFullyQualifiedName("org.denovo.core.chem.depict.Depictor")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotKnowItsClients() {
        noClasses().that().resideInAPackage("org.denovo.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.denovo.cli..", "org.denovo.ui..")
                .check(CLASSES);
    }

    @Test
    void cliDoesNotUseTheUi() {
        noClasses().that().resideInAPackage("org.denovo.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.denovo.ui..", "javafx..")
                .check(CLASSES);
    }
}

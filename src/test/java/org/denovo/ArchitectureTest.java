package org.denovo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
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

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.denovo.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void cdkStaysInsideTheChemistryCore() {
        noClasses().that().resideOutsideOfPackage("org.denovo.core.chem..")
                .should().dependOnClassesThat().resideInAPackage("org.openscience.cdk..")
                .because("the chemistry toolkit is an implementation detail of core.chem")
                .check(CLASSES);
    }

    /** JavaFX controllers, views, dialogs and custom controls of the window. */
    static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("are views or controllers",
            c -> c.getPackageName().startsWith("org.denovo.ui")
                    && (c.getSimpleName().endsWith("Controller") || c.getSimpleName().endsWith("View")
                    || c.getSimpleName().endsWith("Dialog") || c.getSimpleName().endsWith("Panel")
                    || c.isAssignableTo("javafx.scene.Node") || c.isAssignableTo("javafx.stage.Window")));

    /** Pure values a view may use directly: the app's version, and a transform's curve (the profile editor draws it). */
    static final java.util.List<String> VIEW_SAFE = java.util.List.of("org.denovo.core.AppInfo",
            "org.denovo.core.score.Transform");

    /** What the core does, as opposed to the immutable records and enums it hands out for display. */
    static final DescribedPredicate<JavaClass> CORE_BEHAVIOUR = DescribedPredicate.describe(
            "are core classes other than records, enums, exceptions and pure values",
            c -> c.getPackageName().startsWith("org.denovo.core") && !c.isRecord() && !c.isEnum()
                    && !c.isAssignableTo(Throwable.class) && !outermost(c).isRecord()
                    && !VIEW_SAFE.contains(c.getName()));

    @Test
    void viewsReachTheCoreOnlyThroughViewModels() {
        noClasses().that(VIEWS)
                .should().dependOnClassesThat(CORE_BEHAVIOUR)
                .because("a view shows the records its ViewModel exposes; the ViewModel talks to the core")
                .check(CLASSES);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }
}

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

    /**
     * Views and controllers that still reach the core directly, frozen as they are until the main window is
     * split into panels with their own ViewModels. The list may only shrink: see {@link #frozenViewsStillNeedTheirPlace}.
     */
    static final Set<String> VIEWS_NOT_YET_ON_VIEW_MODELS = Set.of(
            "org.denovo.ui.main.MainController",
            "org.denovo.ui.main.PreferencesDialog",
            "org.denovo.ui.main.AboutDialog",
            "org.denovo.ui.profile.ProfileEditorDialog",
            "org.denovo.ui.profile.CurveView",
            "org.denovo.ui.charts.RunChartsView",
            "org.denovo.ui.table.MoleculeTable");

    /** JavaFX controllers, views, dialogs and custom controls of the window. */
    static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("are views or controllers",
            c -> c.getPackageName().startsWith("org.denovo.ui")
                    && (c.getSimpleName().endsWith("Controller") || c.getSimpleName().endsWith("View")
                    || c.getSimpleName().endsWith("Dialog") || c.getSimpleName().endsWith("Panel")
                    || c.isAssignableTo("javafx.scene.Node") || c.isAssignableTo("javafx.stage.Window")));

    @Test
    void viewsReachTheCoreOnlyThroughViewModels() {
        DescribedPredicate<JavaClass> frozen = DescribedPredicate.describe("are not frozen",
                c -> !VIEWS_NOT_YET_ON_VIEW_MODELS.contains(outermost(c).getName()));
        noClasses().that(VIEWS).and(frozen)
                .should().dependOnClassesThat().resideInAPackage("org.denovo.core..")
                .because("a view shows what its ViewModel exposes; the ViewModel talks to the core")
                .check(CLASSES);
    }

    @Test
    void frozenViewsStillNeedTheirPlace() {
        for (String name : VIEWS_NOT_YET_ON_VIEW_MODELS) {
            assertTrue(CLASSES.contain(name), name + " is gone: remove it from the frozen list");
            boolean reachesCore = CLASSES.stream().filter(c -> outermost(c).getName().equals(name))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.denovo.core"));
            assertTrue(reachesCore, name + " no longer reaches the core: remove it from the frozen list");
        }
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }
}

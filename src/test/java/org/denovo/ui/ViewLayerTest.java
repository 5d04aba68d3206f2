package org.denovo.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Views and controllers (the panels, dialogs, views and bars of the window, and the window's frame) reach core
 * only through their ViewModels: they never hold the library, the profile loader, the services or a core use case.
 */
class ViewLayerTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.denovo.ui");
    private static final List<String> VIEW_SUFFIXES = List.of("Panel", "Controller", "Dialog", "View", "Bar", "Form");

    private static final DescribedPredicate<JavaClass> VIEWS = new DescribedPredicate<>(
            "are views or controllers (named ..." + String.join(", ...", VIEW_SUFFIXES) + ")") {
        @Override
        public boolean test(JavaClass c) {
            String outer = c.getName().replaceAll("\\$.*", "");
            String simple = outer.substring(outer.lastIndexOf('.') + 1);
            return VIEW_SUFFIXES.stream().anyMatch(simple::endsWith);
        }
    };

    private static final List<String> SERVICES = List.of("org.denovo.core.library.Library",
            "org.denovo.core.score.ProfileLoader", "org.denovo.ui.WorkbenchServices");

    private static final DescribedPredicate<JavaClass> CORE_SERVICES = new DescribedPredicate<>(
            "are the library, the profile loader, the services or a core use case (org.denovo.core.run)") {
        @Override
        public boolean test(JavaClass c) {
            return SERVICES.contains(c.getName()) || c.getPackageName().startsWith("org.denovo.core.run");
        }
    };

    @Test
    void viewsReachCoreOnlyThroughViewModels() {
        noClasses().that(VIEWS).should().dependOnClassesThat(CORE_SERVICES).check(UI);
    }

    @Test
    void theRuleSeesThePanels() {
        // guards against a rule that passes because it matches nothing
        long views = UI.stream().filter(VIEWS).map(JavaClass::getSimpleName)
                .filter(n -> List.of("MainController", "GeneratePanel", "LibraryPanel", "RunTablePanel", "DetailPanel",
                        "Viewer3DPanel", "StatusBar", "ProfileEditorDialog", "ProfileEditorPanel").contains(n)).count();
        org.junit.jupiter.api.Assertions.assertEquals(9, views);
    }
}

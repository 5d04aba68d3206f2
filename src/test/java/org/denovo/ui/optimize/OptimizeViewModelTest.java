package org.denovo.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.collections.FXCollections;
import org.denovo.core.library.Library;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimise form explains bad input and starts nothing; picked atoms become the kept SMARTS. */
class OptimizeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void badInputIsExplainedAndPickedAtomsAreKept() throws Exception {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        try (WorkbenchServices services = new WorkbenchServices(runner, Library.open(dir.resolve("lib.db")), new Settings(),
                dir.resolve(Settings.FILE_NAME))) {
            OptimizeViewModel model = new OptimizeViewModel(services, new MoleculeTableViewModel(runner, services.library()),
                    FXCollections.observableArrayList("qed"));
            model.start();
            assertTrue(model.statusProperty().get().startsWith("give a lead"), model.statusProperty().get());
            model.parameters().leadProperty().set("CCO CCN");
            model.start();
            assertTrue(model.statusProperty().get().contains("without spaces"), model.statusProperty().get());
            model.parameters().leadProperty().set("CCOc1ccccc1");
            model.parameters().minSimilarityProperty().set(1.5);
            model.start();
            assertTrue(model.statusProperty().get().contains("between 0 and 1"), model.statusProperty().get());
            assertFalse(model.runningProperty().get());
            assertEquals(0, services.library().runs().size(), "nothing was stored");

            model.keepPicked("CCOc1ccccc1", "CCO[c:1]1[cH:1][cH:1][cH:1][cH:1][cH:1]1");
            assertEquals("CCOc1ccccc1", model.parameters().leadProperty().get());
            assertTrue(model.parameters().keepProperty().get().contains("[#6;a]"), model.parameters().keepProperty().get());
            model.parameters().minSimilarityProperty().set(0.4);
            model.parameters().keepScaffoldProperty().set(true);
            var request = model.parameters().request(m -> { });
            assertTrue(request.keepScaffold() && request.keepSmarts().isBlank(), "the scaffold instead of the SMARTS");
            model.keepPicked("", "CCO");
            assertTrue(model.statusProperty().get().contains("no atom was picked"), model.statusProperty().get());
        }
    }
}

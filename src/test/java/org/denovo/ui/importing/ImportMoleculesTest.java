package org.denovo.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.TestWindow;
import org.denovo.ui.table.MoleculeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import and a drop on the window: the chemist's own file becomes a new run scored with the profile they
 * pick, listed and shown at once; a file that is not a molecule file is refused with its name.
 */
@ExtendWith(ApplicationExtension.class)
class ImportMoleculesTest {
    TestWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = TestWindow.show(stage, 1400, 900);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDroppedFileIsScoredWithThePickedProfileAndShown(FxRobot robot) throws Exception {
        Path file = w.dir.resolve("my leads.smi");
        Files.writeString(file, "CC(=O)Nc1ccc(O)cc1 paracetamol\nnot-a-smiles broken\nc1ccccc1O phenol\n");
        WaitForAsyncUtils.asyncFx(() -> w.window.importFiles(List.of(file.toFile())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("my leads.smi"), dialog.getHeaderText());
        ComboBox<String> choice = robot.from(dialog).lookup((Node n) -> n instanceof ComboBox).queryAs(ComboBox.class);
        assertTrue(choice.getItems().contains(ImportViewModel.KEEP_FILE_SCORES));
        robot.interact(() -> choice.setValue("qed"));
        robot.clickOn(robot.from(dialog).lookup((Node n) -> n instanceof Button b && b.isDefaultButton()).queryAs(Button.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.window.tableModel().allRows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        RunSummary run = w.services.library().run(w.window.tableModel().runIdProperty().get()).orElseThrow();
        assertEquals(RunKind.SCORE, run.kind());
        assertTrue(run.name().contains("my leads.smi"), run.name());
        assertTrue(w.window.libraryModel().runs().stream().anyMatch(r -> r.id() == run.id()), "listed in the library");
        for (MoleculeRow r : w.window.tableModel().allRows()) {
            assertEquals(r.molecule().properties().qed(), r.score(), 1e-9, "scored with the qed profile: " + r.name());
        }
    }

    @Test
    void filesThatAreNotMoleculeFilesAreRefusedByName() throws Exception {
        Path notes = w.dir.resolve("notes.docx");
        Files.writeString(notes, "hello");
        ImportViewModel importing = new ImportViewModel(w.services);
        assertTrue(importing.readable(List.of(notes.toFile())).isEmpty());
        assertTrue(importing.statusProperty().get().contains("notes.docx"), importing.statusProperty().get());
    }
}

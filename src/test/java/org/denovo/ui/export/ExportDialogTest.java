package org.denovo.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.denovo.core.library.Library;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.TestRows;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog while its file field is edited: a message for every half-typed path, never an exception. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;
    Stage owner;
    Library library;
    ExportDialog dialog;
    final List<Throwable> thrown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.close();
            }
        });
        if (library != null) {
            library.close();
        }
    }

    private void open(FxRobot robot, Path suggested) throws Exception {
        MoleculeRow aspirin = TestRows.row(1, "CC(=O)Oc1ccccc1C(=O)O", "aspirin");
        library = Library.open(dir.resolve("library-" + System.nanoTime() + ".db"));
        ExportViewModel model = new ExportViewModel(new ImmediateTaskRunner(), library, List.of(), List.of(aspirin),
                0, suggested);
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
            dialog = new ExportDialog(owner, model);
            dialog.show();
        });
    }

    private String typeAndRead(FxRobot robot, String text) {
        TextField path = robot.lookup("#export-path").queryAs(TextField.class);
        robot.interact(() -> path.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#export-preview").queryAs(Label.class).getText();
    }

    private boolean exportEnabled() {
        ButtonType type = dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        Node export = dialog.getDialogPane().lookupButton(type);
        return !export.isDisabled();
    }

    @Test
    void halfTypedPathsExplainThemselvesAndNeverThrow(FxRobot robot) throws Exception {
        open(robot, dir.resolve("molecules.sdf"));
        assertTrue(exportEnabled(), "a usable path to start with");
        String folder = dir.toString() + "/";
        String[] halfTyped = {"", "/", "   ", "molecules", dir.toString(), folder, folder + ".sdf",
                dir.resolve("missing/x.sdf").toString(), "~", "~/"};
        for (String text : halfTyped) {
            String message = typeAndRead(robot, text);
            assertEquals(List.of(), thrown.stream().map(Throwable::toString).toList(),
                    "exceptions while the path reads \"" + text + "\"");
            assertFalse(message.isBlank(), "a message for \"" + text + "\"");
            assertFalse(message.startsWith("Will write"), "\"" + text + "\": " + message);
            assertFalse(exportEnabled(), "Export stays disabled for \"" + text + "\"");
        }

        assertTrue(typeAndRead(robot, "/").contains("file name"), "the root folder asks for a file name");
        assertTrue(typeAndRead(robot, "molecules").contains(".sdf"), "a name without extension lists the formats");
        String usable = typeAndRead(robot, dir.resolve("picked.csv").toString());
        assertTrue(usable.startsWith("Will write 1 molecule"), usable);
        assertTrue(exportEnabled());
        assertFalse(Files.exists(dir.resolve("picked.csv")), "nothing written before Export is pressed");
    }
}

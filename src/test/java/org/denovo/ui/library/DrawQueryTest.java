package org.denovo.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actelion.research.chem.SmilesParser;
import com.actelion.research.chem.StereoMolecule;
import com.actelion.research.gui.editor.FXEditorDialog;
import com.actelion.research.gui.editor.GenericEditorArea;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.core.chem.ReferenceMolecules;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Draw…: what the user draws in the structure editor is what the library is searched for. */
@ExtendWith(ApplicationExtension.class)
class DrawQueryTest {
    TestWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = TestWindow.show(stage, 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void aMoleculeDrawnOnAnEmptySheetIsSearchedFor(FxRobot robot) throws Exception {
        drawAndConfirm(robot, area -> area.addPastedOrDropped(parsed("Oc1ccccc1"), null));
        assertSearchedFor(robot, "Oc1ccccc1");
    }

    @Test
    void anEditOfTheSelectedMoleculeIsSearchedFor(FxRobot robot) throws Exception {
        w.importRun(robot, "halides.smi", "Fc1ccccc1 fluorobenzene\nCCO ethanol\n", 2);
        robot.clickOn(TestWindow.cell(robot, w.window.table().getItems().get(0).name().equals("fluorobenzene") ? 0 : 1,
                "Rank"));
        drawAndConfirm(robot, area -> {
            StereoMolecule drawn = area.getMolecule();
            for (int atom = 0; atom < drawn.getAllAtoms(); atom++) {
                if (drawn.getAtomicNo(atom) == 9) {
                    area.storeState();
                    drawn.setAtomicNo(atom, 17); // F -> Cl, as typing "Cl" over the atom does
                    area.moleculeChanged();
                }
            }
        });
        assertSearchedFor(robot, "Clc1ccccc1");
    }

    /** Opens Draw…, edits the molecule on the editor's sheet once it is shown, and presses OK. */
    private void drawAndConfirm(FxRobot robot, Consumer<GenericEditorArea> edit) throws Exception {
        robot.clickOn("Draw…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FXEditorDialog editor = editor();
        robot.interact(() -> edit.accept(editor.getDrawArea()));
        Button ok = robot.from(editor.getScene().getRoot()).lookup((Button b) -> "OK".equals(b.getText())).query();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertSearchedFor(FxRobot robot, String smiles) {
        String status = robot.lookup("#libraryStatus").queryAs(Label.class).getText();
        String query = robot.lookup("#librarySearch").queryAs(TextField.class).getText();
        assertTrue(query.startsWith("~"), "the drawing was searched for, but the box has \"" + query + "\" and the status says \""
                + status + "\"");
        assertEquals(ReferenceMolecules.canonical(smiles), ReferenceMolecules.canonical(query.substring(1)),
                "the search is for the drawn molecule");
    }

    private static FXEditorDialog editor() {
        return Window.getWindows().stream().filter(win -> win instanceof FXEditorDialog && win.isShowing())
                .map(FXEditorDialog.class::cast).findFirst().orElse(null);
    }

    private static StereoMolecule parsed(String smiles) {
        StereoMolecule m = new StereoMolecule();
        try {
            new SmilesParser().parse(m, smiles);
        } catch (Exception e) {
            throw new IllegalArgumentException(smiles, e);
        }
        return m;
    }
}

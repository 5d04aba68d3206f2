package org.denovo.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With no molecule selected the structure tab shows a hint, not an empty depiction, SMILES field and alert list. */
@ExtendWith(ApplicationExtension.class)
class DetailEmptyStateTest {
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
    void hintUntilAMoleculeIsSelectedThenItsDetail(FxRobot robot) throws Exception {
        assertTrue(shown(robot, "#emptyHint"), "hint with nothing selected");
        assertFalse(shown(robot, "#detailSmiles"), "no empty SMILES field");
        assertFalse(shown(robot, "#alerts"), "no empty alert list");

        w.importRun(robot, "two.smi", "CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1O phenol\n", 2);
        robot.clickOn(TestWindow.cell(robot, 0, "Score"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#emptyHint"), "hint gone once a molecule is selected");
        assertTrue(shown(robot, "#detailSmiles"));
        assertTrue(shown(robot, "#alerts"));
        String smiles = robot.lookup("#detailSmiles").queryAs(TextField.class).getText();
        assertTrue(smiles.contains("c1") && smiles.contains("O"), "the selected molecule's SMILES: " + smiles);

        robot.interact(() -> w.window.tableModel().selectedProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, shown(robot, "#emptyHint"), "hint again when the selection is cleared");
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getBoundsInParent().getHeight() > 0;
    }
}

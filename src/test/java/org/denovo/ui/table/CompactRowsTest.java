package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Compact rows (Ctrl+Shift+R) halves the rows and their structures, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class CompactRowsTest {
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
    void compactRowsAreHalfAsHigh(FxRobot robot) throws Exception {
        w.importRun(robot, "few.smi", "CCO ethanol\nc1ccccc1O phenol\nCC(=O)Nc1ccc(O)cc1 paracetamol\n", 3);
        double tall = w.window.table().getFixedCellSize();
        robot.clickOn(TestWindow.cell(robot, 0, "Score"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MoleculeTable.IMAGE_HEIGHT / 2 + 6, w.window.table().getFixedCellSize(), 1e-9);
        assertTrue(w.window.table().getFixedCellSize() < tall);
        assertTrue(w.services.settings().compactRows, "remembered in the settings");
        ImageView structure = (ImageView) robot.from(TestWindow.cell(robot, 0, "Structure"))
                .lookup((Node n) -> n instanceof ImageView).query();
        assertEquals(MoleculeTable.IMAGE_HEIGHT / 2.0, structure.getFitHeight(), 1e-9);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tall, w.window.table().getFixedCellSize(), 1e-9);
    }
}

package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The star in the table toggles with one click; a rating is not a star; neither is cut off at 1280 x 800. */
@ExtendWith(ApplicationExtension.class)
class StarColumnTest {
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
    void aClickOnTheStarTogglesIt(FxRobot robot) throws Exception {
        w.importRun(robot, "three.smi", "CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1 benzene\nCCO ethanol\n", 3);
        robot.clickOn(starCell(robot, 0));
        assertEquals("★", text(starCell(robot, 0)), "a single click on ☆ stars the molecule");
        pause();
        robot.doubleClickOn(starCell(robot, 0));
        assertEquals("☆", text(starCell(robot, 0)), "a double click toggles the star once");
        pause();
        robot.moveTo(starCell(robot, 0)).press(MouseButton.PRIMARY);
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("★", text(starCell(robot, 0)), "a slow click toggles the star");
        assertEquals("☆", text(starCell(robot, 1)), "only the clicked molecule is starred");
        long id = w.window.table().getItems().get(0).id();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.services.library().molecule(id).orElseThrow().starred());
    }

    @Test
    void aRatingIsNotAStarAndNoValueIsCutOff(FxRobot robot) throws Exception {
        w.importRun(robot, "three.smi", "CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1 benzene\nCCO ethanol\n", 3);
        robot.clickOn(TestWindow.cell(robot, 1, "Rank")).type(KeyCode.DIGIT5);
        robot.clickOn(TestWindow.cell(robot, 2, "Rank")).type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (String column : List.of(".star-cell", ".rating-cell")) {
            for (Node n : robot.lookup(column).queryAll()) {
                TableCell<?, ?> cell = (TableCell<?, ?>) n;
                if (cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty()) {
                    checked++;
                    assertEquals(cell.getText(), shown(cell), "a value in the " + cell.getTableColumn().getText()
                            + " column is cut off");
                }
            }
        }
        assertTrue(checked >= 3, "star and rating cells checked: " + checked);
        assertEquals("☆", text(starCell(robot, 1)), "a rating of 5 is not a star");
        assertEquals("☆", text(starCell(robot, 2)), "a rating of 4 is not a star");
        long id = w.window.table().getItems().get(2).id();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.services.library().molecule(id).orElseThrow().rating() == 4);
        assertEquals(false, w.services.library().molecule(id).orElseThrow().starred());
    }

    private static Node starCell(FxRobot robot, int row) {
        return robot.from(TestWindow.rowCell(robot, row)).lookup(".star-cell").query();
    }

    private static String text(Node cell) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((TableCell<?, ?>) cell).getText();
    }

    /** The text the cell draws, which ends in "…" when the column is too narrow for it. */
    private static String shown(TableCell<?, ?> cell) {
        List<Text> texts = cell.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
        return texts.isEmpty() ? "" : texts.get(0).getText();
    }

    /** Longer than a double-click, so the next click is a click of its own. */
    private static void pause() {
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
    }
}

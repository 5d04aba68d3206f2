package org.denovo.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** Enter does what the focused field does; it starts a generate run only from the generate form. */
@ExtendWith(ApplicationExtension.class)
class EnterKeyTest {
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
    void enterInAFieldOutsideTheGenerateFormStartsNoRun(FxRobot robot) throws Exception {
        for (List<String> field : List.of(List.of("#filter", "qed > 0.5"), List.of("#search", "c1ccccc1"),
                List.of("#librarySearch", "c1ccccc1"))) {
            robot.clickOn(field.get(0)).write(field.get(1)).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(w.window.generateModel().taskProperty().get(),
                    "Enter in " + field.get(0) + " started a generate run");
        }
        assertEquals(0, w.services.library().runs().size(), "no run stored");
        // the detail's SMILES field shows only with a molecule selected
        robot.interact(() -> robot.lookup("#filter").queryAs(javafx.scene.control.TextField.class).clear());
        w.importRun(robot, "one.smi", "CC(=O)Nc1ccc(O)cc1 paracetamol\n", 1);
        robot.clickOn(TestWindow.cell(robot, 0, "Score"));
        robot.clickOn("#detailSmiles").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(w.window.generateModel().taskProperty().get(), "Enter in #detailSmiles started a generate run");
        assertEquals(1, w.services.library().runs().size(), "only the imported run stored");
    }

    @Test
    void enterInTheSeedFieldStartsARun(FxRobot robot) throws Exception {
        robot.interact(() -> w.window.generateModel().parameters().countProperty().set(20));
        robot.clickOn("#seed").write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.window.generateModel().taskProperty().get() != null, "Enter in the seed field generates");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.window.generateModel().runningProperty().get());
        assertEquals(1, w.services.library().runs().size());
    }
}

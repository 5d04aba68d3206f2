package org.denovo.ui.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 1280×800 a long run name and the run's stats wrap inside the library list: nothing cut off, no sideways scrolling. */
@ExtendWith(ApplicationExtension.class)
class RunNameWrapTest {
    static final String LONG_NAME = "optimize COCCNC(=O)c1ccc2c(c1)ncn2-c1ccc(C)c(Cl)c1 (qed, similarity ≥ 0.4)";
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
    void longNameWrapsWithinTheList(FxRobot robot) throws Exception {
        w.importRun(robot, "two.smi", "CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1O phenol\n", 2);
        var library = w.window.libraryModel();
        robot.interact(() -> library.rename(library.runs().get(0), LONG_NAME));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LONG_NAME.equals(library.runs().get(0).name()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> runs = robot.lookup("#runs").queryAs(ListView.class);
        for (Node bar : runs.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL) {
                assertFalse(s.isVisible(), "the library list scrolls sideways");
            }
        }
        double right = runs.localToScene(runs.getBoundsInLocal()).getMaxX();
        int labels = 0;
        for (Node n : runs.lookupAll(".run-name")) {
            Label name = (Label) n;
            if (!name.isVisible() || name.getText() == null || !name.getText().startsWith("optimize")) {
                continue;
            }
            labels++;
            assertTrue(name.localToScene(name.getBoundsInLocal()).getMaxX() <= right + 0.5, "the name ends inside the list");
            assertTrue(shownWhole(name), "the name is shown whole: " + name.getText());
        }
        for (Node n : runs.lookupAll(".run-stats")) {
            Label stats = (Label) n;
            if (stats.isVisible() && stats.getText() != null && !stats.getText().isEmpty()) {
                assertTrue(shownWhole(stats), "the stats are shown whole: " + stats.getText());
            }
        }
        assertTrue(labels > 0, "the renamed run is listed");
    }

    /** Whether the label draws its whole text (a truncated one draws a shorter string ending in an ellipsis). */
    private static boolean shownWhole(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text drawn) {
                return label.getText().equals(drawn.getText());
            }
        }
        return false;
    }
}

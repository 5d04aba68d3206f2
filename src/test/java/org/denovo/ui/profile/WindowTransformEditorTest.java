package org.denovo.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.library.Library;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profile editor on the drug-like logP window: the curve reaches 1 inside it, and its coefficients are explained. */
@ExtendWith(ApplicationExtension.class)
class WindowTransformEditorTest {
    Library library;
    ProfileEditorViewModel model;
    ProfileEditorDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("denovo-editor");
        library = Library.open(dir.resolve("library.db"));
        model = new ProfileEditorViewModel(new ProfileLoader(dir.resolve("profiles")), new ImmediateTaskRunner(), library);
        dialog = new ProfileEditorDialog(stage, model, "drug-like", d -> new double[0], 0, id -> { }, null);
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(dialog::close);
        library.close();
    }

    @Test
    void theLogPWindowPeaksAtOneAndItsCoefficientsAreExplained(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<ComponentDraft> list = robot.lookup("#componentList").queryAs(ListView.class);
        int logp = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            ComponentDraft c = list.getItems().get(i);
            if (c.editable() && c.propertyProperty().get() == Descriptor.CRIPPEN_LOGP) {
                logp = i;
            }
        }
        assertTrue(logp >= 0, "drug-like has a logP window");
        int index = logp;
        robot.interact(() -> list.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();

        double middle = model.transformOf(index).apply(2.5);
        assertEquals(1.0, middle, 1e-3, "the curve drawn for logP 0-5 reaches 1 in the middle of the window");

        for (String field : new String[] {"coef_div", "coef_se", "coef_si"}) {
            TextField f = robot.lookup("#" + field).queryAs(TextField.class);
            assertNotNull(f, field + " field");
            assertNotNull(f.getTooltip(), field + " has a tooltip");
            assertTrue(f.getTooltip().getText().length() > 40, field + ": " + f.getTooltip().getText());
        }
        String help = robot.lookup("#window-help").queryAs(Label.class).getText();
        assertTrue(help.contains("-2.5") && help.contains("7.5"), "where desirability falls to a tenth: " + help);
    }
}

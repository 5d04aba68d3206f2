package org.denovo.ui.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.core.chem.Descriptor;

/** The profile editor window: {@code ProfileEditor.fxml} with its {@link ProfileEditorPanel}. */
public final class ProfileEditorDialog extends Stage {
    /**
     * @param startFrom    the profile the draft starts from
     * @param valuesOnShow the table's values of a property, drawn under the curve
     * @param runOnShow    the run in the table (0 when none), for re-scoring
     * @param onRescored   gets the new run's id
     */
    public ProfileEditorDialog(Window owner, ProfileEditorViewModel model, String startFrom,
                               Function<Descriptor, double[]> valuesOnShow, long runOnShow,
                               Consumer<Long> onRescored, String stylesheet) {
        initOwner(owner);
        setTitle("Scoring profile editor");
        ProfileEditorPanel panel = new ProfileEditorPanel(model, startFrom, valuesOnShow, runOnShow, onRescored);
        Scene scene = new Scene(load(panel), 980, 720);
        if (stylesheet != null && !stylesheet.isEmpty()) {
            scene.getStylesheets().add(stylesheet);
        }
        setScene(scene);
    }

    private static Parent load(ProfileEditorPanel panel) {
        FXMLLoader loader = new FXMLLoader(ProfileEditorDialog.class.getResource("ProfileEditor.fxml"));
        loader.setControllerFactory(type -> panel);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the profile editor's view could not be loaded", e);
        }
    }
}

package org.denovo.ui.main;

import java.io.IOException;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;

/** Library location, threads, default model and profile. Library and model changes apply on the next start. */
final class PreferencesDialog extends Dialog<ButtonType> {
    PreferencesDialog(Window owner, WorkbenchServices services) {
        initOwner(owner);
        setTitle("Preferences");
        setHeaderText("Library and model changes take effect when the app next starts.");
        Settings s = services.settings();
        TextField library = new TextField(s.libraryPath);
        library.setPromptText(services.library().file().toString());
        library.setPrefColumnCount(34);
        TextField model = new TextField(s.modelDir);
        model.setPromptText("the model that ships with the app");
        Spinner<Integer> threads = new Spinner<>(1, Math.max(1, Runtime.getRuntime().availableProcessors() * 2), s.threads);
        ComboBox<String> profile = new ComboBox<>();
        profile.getItems().setAll(ProfileLoader.BUILT_IN);
        profile.setValue(s.defaultProfile);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Library file"), library);
        grid.addRow(1, new Label("Model folder"), model);
        grid.addRow(2, new Label("Threads"), threads);
        grid.addRow(3, new Label("Default profile"), profile);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                s.libraryPath = library.getText().strip();
                s.modelDir = model.getText().strip();
                s.threads = threads.getValue();
                s.defaultProfile = profile.getValue();
                try {
                    s.save(services.settingsFile());
                } catch (IOException e) {
                    ErrorDialogs.show(owner, "Could not save the preferences", e);
                }
            }
            return b;
        });
    }
}

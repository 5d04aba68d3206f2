package org.denovo.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.Settings;

/** Library location, threads, default model and profile. Library and model changes apply on the next start. */
final class PreferencesDialog extends Dialog<ButtonType> {
    /**
     * @param settingsFile where the settings are saved
     * @param libraryFile  the library open now, shown when the settings name none
     * @param profiles     the profile names to choose the default from
     */
    PreferencesDialog(Window owner, Settings s, Path settingsFile, Path libraryFile, List<String> profiles) {
        initOwner(owner);
        setTitle("Preferences");
        setHeaderText("Library and model changes take effect when the app next starts.");
        TextField library = new TextField(s.libraryPath);
        library.setPromptText(libraryFile.toString());
        library.setPrefColumnCount(34);
        TextField model = new TextField(s.modelDir);
        model.setPromptText("the model that ships with the app");
        Spinner<Integer> threads = new Spinner<>(1, Math.max(1, Runtime.getRuntime().availableProcessors() * 2), s.threads);
        ComboBox<String> profile = new ComboBox<>();
        profile.getItems().setAll(profiles);
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
                    s.save(settingsFile);
                } catch (IOException e) {
                    ErrorDialogs.show(owner, "Could not save the preferences", e);
                }
            }
            return b;
        });
    }
}

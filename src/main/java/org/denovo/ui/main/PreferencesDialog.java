package org.denovo.ui.main;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.Settings;

/**
 * Library location, model folder, export folder, threads and default profile; each path has a Browse button.
 * Library and model changes apply on the next start.
 */
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
        TextField library = pathField("library", s.libraryPath, libraryFile.toString());
        TextField model = pathField("model", s.modelDir, "the model that ships with the app");
        TextField exports = pathField("exports", s.exportFolder, System.getProperty("user.home"));
        Button browseLibrary = browse("library", library, libraryFile.toString(), start -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Library file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Library", "*.db"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (start != null) {
                chooser.setInitialDirectory(start);
            }
            return chooser.showOpenDialog(window());
        });
        Button browseModel = browse("model", model, "", start -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Model folder");
            chooser.setInitialDirectory(start);
            return chooser.showDialog(window());
        });
        Button browseExports = browse("exports", exports, System.getProperty("user.home"), start -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export folder");
            chooser.setInitialDirectory(start);
            return chooser.showDialog(window());
        });
        Spinner<Integer> threads = new Spinner<>(1, Math.max(1, Runtime.getRuntime().availableProcessors() * 2), s.threads);
        ComboBox<String> profile = new ComboBox<>();
        profile.getItems().setAll(profiles);
        profile.setValue(s.defaultProfile);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Library file"), row(library, browseLibrary));
        grid.addRow(1, new Label("Model folder"), row(model, browseModel));
        grid.addRow(2, new Label("Export folder"), row(exports, browseExports));
        grid.addRow(3, new Label("Threads"), threads);
        grid.addRow(4, new Label("Default profile"), profile);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                s.libraryPath = library.getText().strip();
                s.modelDir = model.getText().strip();
                s.exportFolder = exports.getText().strip();
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

    private Window window() {
        return getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
    }

    private static TextField pathField(String id, String value, String prompt) {
        TextField field = new TextField(value);
        field.setId("pref-" + id);
        field.getStyleClass().add("preferences-path");
        field.setPromptText(prompt);
        field.setPrefColumnCount(34);
        return field;
    }

    /**
     * A Browse button that opens a chooser where the field points (or at {@code fallback} when it is empty) and puts
     * the choice in the field.
     */
    private static Button browse(String id, TextField field, String fallback, Function<File, File> chooser) {
        Button button = new Button("Browse…");
        button.setId("browse-" + id);
        button.getStyleClass().add("preferences-browse");
        button.setOnAction(e -> {
            File chosen = chooser.apply(startFolder(field.getText().isBlank() ? fallback : field.getText()));
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        return button;
    }

    /** The existing folder a chooser starts in: the path itself or its parent; null when neither exists. */
    private static File startFolder(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(text.strip()).toAbsolutePath();
            Path folder = Files.isDirectory(p) ? p : p.getParent();
            return folder != null && Files.isDirectory(folder) ? folder.toFile() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static HBox row(TextField field, Button browse) {
        HBox box = new HBox(6, field, browse);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }
}

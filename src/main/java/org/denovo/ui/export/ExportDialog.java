package org.denovo.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks what to export and where, showing what will be written; OK starts the export. */
public final class ExportDialog extends Dialog<ButtonType> {
    /** The button that starts the export; disabled while the choice cannot be written. */
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    public ExportDialog(Window owner, ExportViewModel model) {
        initOwner(owner);
        setTitle("Export molecules");
        setHeaderText("Export ranked molecules as SDF, CSV or SMILES");
        ToggleGroup group = new ToggleGroup();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        Spinner<Integer> top = new Spinner<>(1, 1_000_000, model.topKProperty().get(), 10);
        top.setEditable(true);
        top.valueProperty().addListener((o, a, b) -> model.topKProperty().set(b));
        for (ExportScope scope : ExportScope.values()) {
            RadioButton radio = new RadioButton(scope.toString());
            radio.setToggleGroup(group);
            radio.setUserData(scope);
            radio.setId("scope-" + scope.name());
            radio.setSelected(model.scopeProperty().get() == scope);
            if (scope == ExportScope.RUN && !model.runAvailable()) {
                radio.setDisable(true);
            }
            if (scope == ExportScope.TOP_K) {
                grid.addRow(row++, radio, top);
            } else {
                grid.add(radio, 0, row++, 2, 1);
            }
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.scopeProperty().set((ExportScope) b.getUserData());
            }
        });
        TextField path = new TextField();
        path.setId("export-path");
        path.textProperty().bindBidirectional(model.pathProperty());
        path.setPrefColumnCount(36);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SD file", "*.sdf", "*.sdf.gz"),
                    new FileChooser.ExtensionFilter("CSV", "*.csv"), new FileChooser.ExtensionFilter("SMILES", "*.smi"));
            Path folder = model.chooserFolder();
            if (folder != null) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(model.chooserFileName());
            File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                model.pathProperty().set(f.getAbsolutePath());
            }
        });
        HBox file = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        grid.add(new Label("File"), 0, row);
        grid.add(file, 1, row++);
        Label preview = new Label();
        preview.setId("export-preview");
        preview.setWrapText(true);
        preview.setMaxWidth(520);
        preview.textProperty().bind(model.previewProperty());
        showAsProblem(preview, !model.readyProperty().get());
        model.readyProperty().addListener((o, was, ready) -> showAsProblem(preview, !ready));
        grid.add(preview, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, EXPORT);
        getDialogPane().lookupButton(EXPORT).disableProperty().bind(model.readyProperty().not());
        setResultConverter(b -> b);
        setOnShown(e -> path.requestFocus());
    }

    private static void showAsProblem(Label message, boolean problem) {
        message.getStyleClass().remove("error");
        if (problem) {
            message.getStyleClass().add("error");
        }
    }
}

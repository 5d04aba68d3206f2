package org.denovo.ui.viewer3d;

import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.denovo.ui.ErrorDialogs;

/** The 3D panel ({@code Viewer3DPanel.fxml}): Jmol with display style, hydrogens, spin, zoom, reset and save. */
public final class Viewer3DPanel {
    private final Viewer3DViewModel model;
    private final Supplier<String> moleculeName;
    private Viewer3DView viewer;
    @FXML private ComboBox<DisplayStyle> style3d;
    @FXML private CheckBox hydrogens3d;
    @FXML private StackPane viewerHolder;
    @FXML private Label status3d;

    /** @param moleculeName the name of the molecule on show (blank when it has none), for the file name */
    public Viewer3DPanel(Viewer3DViewModel model, Supplier<String> moleculeName) {
        this.model = model;
        this.moleculeName = moleculeName;
    }

    @FXML
    private void initialize() {
        style3d.getItems().setAll(DisplayStyle.values());
        style3d.valueProperty().bindBidirectional(model.styleProperty());
        hydrogens3d.selectedProperty().bindBidirectional(model.hydrogensProperty());
        status3d.textProperty().bind(model.statusProperty());
        viewer = new Viewer3DView(model);
        viewerHolder.getChildren().add(viewer);
    }

    @FXML
    private void rotate() {
        viewer.run("spin toggle");
    }

    @FXML
    private void zoomIn() {
        viewer.run("zoom *1.25");
    }

    @FXML
    private void zoomOut() {
        viewer.run("zoom /1.25");
    }

    @FXML
    private void reset() {
        viewer.run("reset; spin off");
    }

    @FXML
    private void save() {
        if (model.structureProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save 3D structure");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("MDL molfile", "*.mol"),
                new FileChooser.ExtensionFilter("SD file", "*.sdf"));
        String name = moleculeName.get();
        chooser.setInitialFileName((name == null || name.isBlank() ? "molecule" : name) + "-3d.mol");
        File file = chooser.showSaveDialog(viewerHolder.getScene().getWindow());
        if (file != null) {
            try {
                model.save(file.toPath());
            } catch (IOException e) {
                ErrorDialogs.show(viewerHolder.getScene().getWindow(), "Could not save the 3D structure", e);
            }
        }
    }
}

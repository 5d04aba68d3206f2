package org.denovo.ui.main;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.denovo.ui.task.BackgroundTask;

/** The status bar ({@code StatusBar.fxml}): the library file, and each background task with progress and cancel. */
public final class StatusBar {
    private final StatusBarViewModel model;
    @FXML private Label libraryPath;
    @FXML private HBox tasks;

    public StatusBar(StatusBarViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        libraryPath.setText(model.libraryText());
        model.tasks().addListener((ListChangeListener<BackgroundTask>) c -> {
            tasks.getChildren().clear();
            for (BackgroundTask t : model.tasks()) {
                tasks.getChildren().add(line(t));
            }
        });
    }

    private static HBox line(BackgroundTask t) {
        Label title = new Label(t.title());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(t.progressProperty());
        Label message = new Label();
        message.textProperty().bind(t.messageProperty());
        message.getStyleClass().add("status");
        Button cancel = new Button("✕");
        cancel.setTooltip(new Tooltip("Cancel " + t.title()));
        cancel.setOnAction(e -> t.cancel());
        HBox box = new HBox(6, title, bar, message, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

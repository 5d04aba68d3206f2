package org.denovo.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.denovo.core.AppInfo;

/** Placeholder window until the workbench UI lands; the CLI carries the engine meanwhile. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        Label title = new Label("DeNovo Workbench " + AppInfo.version());
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label body = new Label("The workbench window is under construction.\n"
                + "The chemistry engine is available from the command line:\n"
                + "    java -jar target/denovo.jar --help");
        VBox root = new VBox(12, title, body);
        root.setPadding(new Insets(24));
        stage.setTitle("DeNovo Workbench");
        stage.setScene(new Scene(root, 560, 200));
        stage.show();
    }
}

package org.denovo.ui;

import java.io.IOException;
import java.net.URL;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.denovo.ui.main.MainController;
import org.denovo.ui.task.FxTaskRunner;

/** The workbench window: opens the library, loads the main view, restores the last layout and imports a file it was opened with. */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "DeNovo Workbench";
    private FxTaskRunner runner;
    private WorkbenchServices services;
    private Throwable startupError;
    private MainController controller;

    @Override
    public void init() {
        runner = new FxTaskRunner();
        try {
            services = WorkbenchServices.open(runner);
        } catch (Exception e) {
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        if (startupError != null) {
            ErrorDialogs.showAndWait(null, "The library could not be opened", startupError);
            Platform.exit();
            return;
        }
        controller = new MainController(services, Structure3Ds.builder());
        Parent root = load(controller);
        Settings s = services.settings();
        Scene scene = new Scene(root, s.windowWidth, s.windowHeight);
        scene.getStylesheets().add(stylesheet());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        if (!Double.isNaN(s.windowX) && !Double.isNaN(s.windowY)) {
            stage.setX(s.windowX);
            stage.setY(s.windowY);
        }
        stage.setMaximized(s.maximized);
        stage.setOnCloseRequest(e -> remember(stage));
        stage.show();
        controller.warmUp();
        long sinceJvmStart = System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).info("window shown {} ms after the JVM started",
                sinceJvmStart);
        LaunchFile.of(getParameters().getRaw())
                .ifPresent(file -> LaunchFile.importAndShow(file, services, controller.libraryModel(), stage));
    }

    /** Loads the main view with the given controller (also used by the UI tests). */
    public static Parent load(MainController controller) throws IOException {
        FXMLLoader loader = new FXMLLoader(WorkbenchApp.class.getResource("MainView.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return controller;
            }
            throw new IllegalArgumentException("no controller for " + type);
        });
        return loader.load();
    }

    public static String stylesheet() {
        URL css = WorkbenchApp.class.getResource("workbench.css");
        return css == null ? "" : css.toExternalForm();
    }

    private void remember(Stage stage) {
        Settings s = services.settings();
        s.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            s.windowX = stage.getX();
            s.windowY = stage.getY();
            s.windowWidth = stage.getWidth();
            s.windowHeight = stage.getHeight();
        }
        controller.rememberLayout();
        try {
            s.save(services.settingsFile());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).warn("could not save settings: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
        if (runner != null) {
            runner.close();
        }
        Platform.exit();
    }
}

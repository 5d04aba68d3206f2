package org.denovo.ui.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.TableWarmUp;
import org.denovo.ui.task.FxTaskRunner;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.Settings;
import org.denovo.ui.Stylesheet;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.denovo.ui.WorkbenchServices;

/** The workbench window: opens the library, loads the main view, restores the last layout and imports a file it was opened with. */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "DeNovo Workbench";
    private FxTaskRunner runner;
    private WorkbenchServices services;
    private Throwable startupError;
    private MainWindow window;
    private CompletableFuture<List<MoleculeRow>> warmUpRows = CompletableFuture.completedFuture(List.of());

    @Override
    public void init() {
        StartupLog.mark("toolkit started");
        EarlyServices.Opened opened = EarlyServices.take();
        StartupLog.mark("services opened");
        runner = opened.runner();
        services = opened.services();
        startupError = opened.error();
        if (services != null) {
            // analysed while the window is built
            warmUpRows = CompletableFuture.supplyAsync(() -> TableWarmUp.rows(services.profiles()));
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        if (startupError != null) {
            ErrorDialogs.showAndWait(null, "The library could not be opened", startupError);
            Platform.exit();
            return;
        }
        StartupLog.mark("start");
        window = new MainWindow(services, Structure3Ds.builder());
        StartupLog.mark("window built");
        window.setDocumentOpener(getHostServices()::showDocument);
        Settings s = services.settings();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(s.windowWidth, screen.getWidth()),
                Math.min(s.windowHeight, screen.getHeight())); // never larger than the screen, e.g. 1280 x 800
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        if (!Double.isNaN(s.windowX) && !Double.isNaN(s.windowY)) {
            stage.setX(s.windowX);
            stage.setY(s.windowY);
        }
        stage.setMaximized(s.maximized);
        stage.setOnCloseRequest(e -> remember(stage)); // the close button, File › Quit and Ctrl+Q all come here
        window.warmUpBeforeShow(warmUpRows::join);
        StartupLog.mark("warmed up");
        stage.show();
        org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).info("window shown {} ms after the JVM started",
                StartupLog.sinceJvmStart());
        LaunchFile.of(getParameters().getRaw())
                .ifPresent(file -> LaunchFile.importAndShow(file, services, window.libraryModel(), stage));
        MacOpenFiles.deliverTo(file -> Platform.runLater(() -> LaunchFile.of(List.of(file.toString()))
                .ifPresent(f -> LaunchFile.importAndShow(f, services, window.libraryModel(), stage))));
    }

    /** The window, once started (for tests in this package). */
    MainWindow window() {
        return window;
    }

    /** Saves the window's size, position and layout and the run on show, for the next start. */
    private void remember(Stage stage) {
        Settings s = services.settings();
        s.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            s.windowX = stage.getX();
            s.windowY = stage.getY();
            s.windowWidth = stage.getWidth();
            s.windowHeight = stage.getHeight();
        }
        window.rememberLayout();
        try {
            s.save(services.settingsFile());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).warn("could not save settings: {}", e.getMessage());
        }
    }

    @Override
    public void stop() throws InterruptedException {
        MacOpenFiles.stopDelivering();
        // running work (a generate run's sampler) must end before the model it uses is closed
        boolean ended = runner == null || runner.cancelAndWait(java.time.Duration.ofSeconds(10));
        if (services != null && ended) {
            services.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}

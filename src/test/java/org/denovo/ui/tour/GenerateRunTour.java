package org.denovo.ui.tour;

import java.nio.file.Path;
import java.util.Comparator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.ui.app.WorkbenchLauncher;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.table.MoleculeRow;

/**
 * Drives the real window over the first generate run of DENOVO_HOME's library and saves the docs' screenshots of
 * it: the best molecule, a molecule with structural alerts, its 3D view, and the structure editor.
 * Arguments: OUT_DIR WIDTH HEIGHT SUFFIX (appended to each file name, e.g. "-1280" or "").
 */
public final class GenerateRunTour extends Application {
    private static String[] args;

    public static void main(String[] a) {
        args = a;
        WorkbenchLauncher.configureToolkit();
        launch(GenerateRunTour.class);
    }

    @Override
    public void start(Stage stage) throws Exception {
        TourSteps.showAndRun(stage, Double.parseDouble(args[1]), Double.parseDouble(args[2]), GenerateRunTour::run);
    }

    private static void run(Stage stage, MainWindow window) throws Exception {
        Path out = Path.of(args[0]);
        String suffix = args.length > 3 ? args[3] : "";
        Scene scene = stage.getScene();
        Thread.sleep(3000);
        TourSteps.onFx(() -> window.libraryModel().runs().stream().filter(r -> r.name().startsWith("generate"))
                .findFirst().ifPresent(r -> window.libraryModel().open(r.id())));
        TourSteps.waitUntil(() -> window.tableModel().allRows().size() > 100, 60);
        Thread.sleep(1500);
        select(window, window.tableModel().allRows().stream().min(Comparator.comparingInt(r -> r.rankProperty().get()))
                .orElseThrow());
        Thread.sleep(2500);
        TourSteps.save(scene, out.resolve("workbench-main" + suffix + ".png"));

        MoleculeRow alerted = window.tableModel().allRows().stream().filter(r -> r.alerts().size() >= 2)
                .min(Comparator.comparingInt(r -> r.rankProperty().get()))
                .orElseGet(() -> window.tableModel().allRows().stream().filter(r -> !r.alerts().isEmpty()).findFirst()
                        .orElseThrow());
        select(window, alerted);
        Thread.sleep(2500);
        TourSteps.save(scene, out.resolve("workbench-alerts" + suffix + ".png"));

        TourSteps.onFx(() -> window.detailTabs().getSelectionModel().select(tab(window, "3D")));
        Thread.sleep(9000);
        TourSteps.captureScreen(stage, out.resolve("workbench-3d" + suffix + ".png"));

        TourSteps.onFx(() -> window.detailTabs().getSelectionModel().select(0));
        Platform.runLater(() -> ((Button) scene.lookup("#drawButton")).fire()); // the editor waits for its user
        Thread.sleep(4000);
        Window editor = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        TourSteps.captureScreen(editor, out.resolve("workbench-draw" + suffix + ".png"));
    }

    private static void select(MainWindow window, MoleculeRow row) throws InterruptedException {
        TourSteps.onFx(() -> {
            window.table().getSelectionModel().clearSelection();
            window.table().getSelectionModel().select(row);
            window.table().scrollTo(row);
        });
    }

    private static Tab tab(MainWindow window, String title) {
        return window.detailTabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
    }
}

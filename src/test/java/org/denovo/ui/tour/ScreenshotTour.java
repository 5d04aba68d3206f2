package org.denovo.ui.tour;

import java.nio.file.Path;
import java.util.Comparator;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.denovo.ui.app.WorkbenchLauncher;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.table.MoleculeRow;

/**
 * Drives the real window through the optimisation workflow and saves what it shows, for the screenshots in the docs:
 * the optimise panel after a run, and the lineage of its best molecule. Uses the library of DENOVO_HOME.
 * Arguments: OUT_DIR LEAD_SMILES [PROFILE] [BUDGET] [WIDTH HEIGHT].
 */
public final class ScreenshotTour extends Application {
    private static String[] args;

    public static void main(String[] a) {
        args = a;
        WorkbenchLauncher.configureToolkit();
        launch(ScreenshotTour.class);
    }

    @Override
    public void start(Stage stage) throws Exception {
        double width = args.length > 5 ? Double.parseDouble(args[4]) : 1600;
        double height = args.length > 5 ? Double.parseDouble(args[5]) : 1000;
        TourSteps.showAndRun(stage, width, height, (shown, window) -> run(shown.getScene(), window));
    }

    private static void run(Scene scene, MainWindow window) throws Exception {
        Path out = Path.of(args[0]);
        String lead = args[1];
        String profile = args.length > 2 ? args[2] : "qed";
        int budget = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Thread.sleep(4000);
        TourSteps.onFx(() -> {
            ((TabPane) scene.lookup("#runTabs")).getSelectionModel().select(1);
            var p = window.optimizeModel().parameters();
            p.leadProperty().set(lead);
            p.profileProperty().set(profile);
            p.budgetProperty().set(budget);
            p.seedProperty().set("7");
            window.optimizeModel().start();
        });
        TourSteps.waitUntil(() -> window.optimizeModel().runningProperty().get(), 30);
        TourSteps.waitUntil(() -> !window.optimizeModel().runningProperty().get(), 600);
        Thread.sleep(1500);
        TourSteps.onFx(() -> {
            MoleculeRow best = window.tableModel().allRows().stream().filter(r -> r.round() > 0)
                    .max(Comparator.comparingDouble(MoleculeRow::score)).orElseThrow();
            window.table().getSelectionModel().clearSelection();
            window.table().getSelectionModel().select(best);
            window.table().scrollTo(best);
        });
        Thread.sleep(3000);
        TourSteps.save(scene, out.resolve("optimize-panel.png"));
        TourSteps.onFx(() -> window.detailTabs().getSelectionModel().select(
                window.detailTabs().getTabs().stream().filter(t -> t.getText().equals("Lineage")).findFirst().orElseThrow()));
        Thread.sleep(4000);
        TourSteps.save(scene, out.resolve("lineage.png"));
        TourSteps.onFx(() -> {
            window.tableModel().filterTextProperty().set("sa < 3");
            window.detailTabs().getSelectionModel().select(
                    window.detailTabs().getTabs().stream().filter(t -> t.getText().equals("Overview")).findFirst().orElseThrow());
        });
        Thread.sleep(4000);
        TourSteps.save(scene, out.resolve("workbench-overview.png"));
        TourSteps.onFx(() -> {
            window.tableModel().filterTextProperty().set("");
            window.detailTabs().getSelectionModel().select(0);
            window.libraryModel().openAll();
        });
        Thread.sleep(5000);
        TourSteps.save(scene, out.resolve("workbench-all.png"));
    }
}

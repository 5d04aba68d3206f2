package org.denovo.ui.tour;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.task.FxTaskRunner;
import org.denovo.ui.viewer3d.Structure3Ds;

/** Steps the screenshot tours share: run on the FX thread, wait for a state, save what a window shows. */
final class TourSteps {
    private TourSteps() {
    }

    /** What a tour does once the window is shown, on its own thread. */
    @FunctionalInterface
    interface Tour {
        void run(Stage stage, MainWindow window) throws Exception;
    }

    /**
     * Opens the real window on DENOVO_HOME's library at the given size, then runs the tour on its own thread and
     * exits when it ends.
     */
    static void showAndRun(Stage stage, double width, double height, Tour tour) throws Exception {
        WorkbenchServices services = WorkbenchServices.open(new FxTaskRunner());
        MainWindow window = new MainWindow(services, Structure3Ds.builder());
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setTitle("DeNovo Workbench");
        stage.show();
        Thread thread = new Thread(() -> {
            try {
                tour.run(stage, window);
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                System.exit(0);
            }
        }, "tour");
        thread.setDaemon(true);
        thread.start();
    }

    static void save(Scene scene, Path file) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(file.toString()));
            } catch (Exception e) {
                e.printStackTrace();
            }
            done.countDown();
        });
        done.await(30, TimeUnit.SECONDS);
        System.out.println("saved " + file);
    }

    static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }

    static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            boolean[] ok = {false};
            onFx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("timed out");
    }

    /**
     * Saves what the X display shows where {@code window} is (with ImageMagick's {@code import}): unlike a scene
     * snapshot, it includes Swing content such as the 3D view, and dialogs.
     */
    static void captureScreen(Window window, Path file) throws Exception {
        String display = System.getenv("DISPLAY");
        Path whole = Path.of(file + ".screen.png");
        Process p = new ProcessBuilder("import", "-display", display, "-window", "root", whole.toString()).inheritIO().start();
        p.waitFor(60, TimeUnit.SECONDS);
        String crop = String.format("%dx%d+%d+%d", (int) window.getWidth(), (int) window.getHeight(),
                (int) window.getX(), (int) window.getY());
        new ProcessBuilder("convert", whole.toString(), "-crop", crop, "+repage", file.toString()).inheritIO().start()
                .waitFor(60, TimeUnit.SECONDS);
        java.nio.file.Files.deleteIfExists(whole);
        System.out.println("saved " + file);
    }
}

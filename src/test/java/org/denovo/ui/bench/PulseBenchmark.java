package org.denovo.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.denovo.core.library.Library;
import org.denovo.ui.Settings;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.denovo.ui.app.WorkbenchApp;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.TableWarmUp;
import org.denovo.ui.task.FxTaskRunner;

/**
 * Opens the real window on a fresh library, generates N molecules while the table scrolls and selections change,
 * and reports the longest gap between JavaFX pulses (goal: under 100 ms).
 * With {@code scroll FILE N} it instead loads the first N molecules of FILE into the table and scrolls through
 * them, sorts and filters, measuring the same way (the 100,000-row smoothness check).
 * <pre>mvn -q test-compile
 * java -cp target/denovo.jar:target/test-classes org.denovo.ui.bench.PulseBenchmarkLauncher [count] [model-dir]
 * java -cp target/denovo.jar:target/test-classes org.denovo.ui.bench.PulseBenchmarkLauncher scroll molecules.smi.gz 100000</pre>
 */
public final class PulseBenchmark extends Application {
    private static int count = 10_000;
    private static String modelDir = "";
    private static Path scrollFile;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("scroll")) {
            scrollFile = Path.of(args[1]);
            count = Integer.parseInt(args[2]);
        } else {
            if (args.length > 0) {
                count = Integer.parseInt(args[0]);
            }
            if (args.length > 1) {
                modelDir = args[1];
            }
        }
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        if (scrollFile != null) {
            new ScrollBenchmark(scrollFile, count).start(stage);
            return;
        }
        Path dir = Files.createTempDirectory("denovo-pulse");
        FxTaskRunner runner = new FxTaskRunner();
        Settings settings = new Settings();
        settings.modelDir = modelDir;
        WorkbenchServices services = new WorkbenchServices(runner, Library.open(dir.resolve("library.db")), settings,
                dir.resolve(Settings.FILE_NAME));
        MainWindow window = new MainWindow(services, Structure3Ds.builder());
        Scene scene = new Scene(window.root(), 1400, 900);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setTitle(WorkbenchApp.TITLE + " (pulse benchmark)");
        long analysing = System.nanoTime();
        java.util.List<MoleculeRow> warmUpRows = TableWarmUp.rows(services.profiles());
        System.out.printf(Locale.ROOT, "start-up: the warm-up rows analysed in %.2f s (the app does it in the "
                + "background while the window is built)%n", (System.nanoTime() - analysing) / 1e9);
        long before = System.nanoTime();
        window.warmUpBeforeShow(() -> warmUpRows);
        System.out.printf(Locale.ROOT, "start-up: warm-up before the window was shown took %.2f s%n",
                (System.nanoTime() - before) / 1e9);
        stage.show();
        // the start-up pulses are reported too: from the window shown until the warm-up is done
        PulseMonitor startUp = new PulseMonitor();
        if (Boolean.getBoolean("denovo.pulse.stacks")) {
            startUp.sampleStallsOver(100);
        }
        startUp.start();
        long shown = System.nanoTime();
        PulseMonitor monitor = new PulseMonitor();
        long[] started = {0};
        window.generateModel().parameters().countProperty().set(count);
        window.generateModel().parameters().seedProperty().set("1");
        window.generateModel().runningProperty().addListener((o, was, running) -> {
            if (!running) {
                monitor.stop();
                double seconds = (System.nanoTime() - started[0]) / 1e9;
                System.out.printf(Locale.ROOT, "generated %,d molecules in %.1f s with the window live: %,d pulses, "
                                + "longest gap %.1f ms, 99th percentile %.1f ms, median %.1f ms%n",
                        window.tableModel().allRows().size(), seconds, monitor.pulses(), monitor.maxMillis(),
                        monitor.percentileMillis(0.99), monitor.percentileMillis(0.5));
                System.out.printf(Locale.ROOT, "longest gap ended %.1f s after the start; the 5 longest: %s ms%n",
                        (monitor.worstAtNanos() - started[0]) / 1e9,
                        java.util.Arrays.toString(monitor.longestMillis(5)));
                if (Boolean.getBoolean("denovo.pulse.stacks")) {
                    System.out.print(monitor.stallReport());
                }
                // after the run's other listeners (library refresh) have had their turn
                Platform.runLater(() -> Platform.runLater(() -> {
                    services.close();
                    runner.close();
                    Platform.exit();
                }));
            }
        });
        // let the window settle after the warm-up before measuring
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        settle.setOnFinished(e -> {
            if (Boolean.getBoolean("denovo.pulse.stacks")) {
                monitor.sampleStallsOver(60);
            }
            // keep the table busy like a user would: follow the newest rows and select as they arrive
            window.tableModel().allRows().addListener((ListChangeListener<MoleculeRow>) c -> {
                int n = window.table().getItems().size();
                if (n > 0) {
                    window.table().getSelectionModel().clearAndSelect(n - 1);
                    window.table().scrollTo(n - 1);
                }
            });
            monitor.start();
            started[0] = System.nanoTime();
            window.startGenerate();
        });
        // the start-up pulses: the first 4.5 s after the window was shown
        javafx.animation.PauseTransition startUpWindow = new javafx.animation.PauseTransition(
                javafx.util.Duration.seconds(4.5));
        startUpWindow.setOnFinished(e -> {
            startUp.stop();
            System.out.printf(Locale.ROOT, "start-up: in the 4.5 s after the window was shown: %,d pulses, "
                    + "the 5 longest gaps %s ms%n", startUp.pulses(), java.util.Arrays.toString(startUp.longestMillis(5)));
            if (Boolean.getBoolean("denovo.pulse.stacks")) {
                System.out.print(startUp.stallSummary());
            }
            settle.play();
        });
        startUpWindow.play();
    }
}

package org.denovo.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.run.ParallelAnalyzer;
import org.denovo.ui.Settings;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.denovo.ui.app.WorkbenchApp;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.task.FxTaskRunner;

/** Loads N analysed molecules into the table, then scrolls, sorts and filters while timing FX pulses. */
final class ScrollBenchmark {
    private final Path file;
    private final int count;

    ScrollBenchmark(Path file, int count) {
        this.file = file;
        this.count = count;
    }

    void start(Stage stage) throws Exception {
        long t0 = System.nanoTime();
        List<MoleculeRow> rows = load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Path dir = Files.createTempDirectory("denovo-scroll");
        FxTaskRunner runner = new FxTaskRunner();
        WorkbenchServices services = new WorkbenchServices(runner, Library.open(dir.resolve("library.db")),
                new Settings(), dir.resolve(Settings.FILE_NAME));
        MainWindow window = new MainWindow(services, Structure3Ds.builder());
        Scene scene = new Scene(window.root(), 1400, 900);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setTitle(WorkbenchApp.TITLE + " (scroll benchmark)");
        stage.show();
        long show = System.nanoTime();
        window.tableModel().show("benchmark", 0, rows);
        double showMillis = (System.nanoTime() - show) / 1e6;
        PulseMonitor monitor = new PulseMonitor();
        monitor.start();
        long[] start = {0};
        new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (start[0] == 0) {
                    start[0] = now;
                }
                frame++;
                var table = window.table();
                int n = table.getItems().size();
                double t = (now - start[0]) / 1e9;
                if (t < 10) {
                    table.scrollTo(Math.min(n - 1, frame * 37));
                    table.getSelectionModel().clearAndSelect(Math.min(n - 1, frame * 37));
                } else if (t < 10.05) {
                    long s = System.nanoTime();
                    table.getSortOrder().setAll(table.getColumns().get(4));
                    System.out.printf(Locale.ROOT, "sort by QED: %.0f ms%n", (System.nanoTime() - s) / 1e6);
                    s = System.nanoTime();
                    window.tableModel().filterTextProperty().set("qed > 0.5, no PAINS");
                    System.out.printf(Locale.ROOT, "filter 'qed > 0.5, no PAINS': %.0f ms, %,d rows left%n",
                            (System.nanoTime() - s) / 1e6, table.getItems().size());
                } else if (t < 15) {
                    table.scrollTo(Math.max(0, n - 1 - frame * 23 % Math.max(1, n)));
                } else {
                    stop();
                    monitor.stop();
                    System.out.printf(Locale.ROOT, "%,d rows (analysed in %.1f s, shown in %.0f ms); 15 s of scrolling,"
                                    + " selecting, sorting and filtering: %,d pulses, longest gap %.1f ms, "
                                    + "99th percentile %.1f ms, median %.1f ms%n", rows.size(), loadSeconds, showMillis,
                            monitor.pulses(), monitor.maxMillis(), monitor.percentileMillis(0.99),
                            monitor.percentileMillis(0.5));
                    services.close();
                    runner.close();
                    Platform.exit();
                }
            }
        }.start();
    }

    private List<MoleculeRow> load() throws Exception {
        Profile profile = new ProfileLoader().load(ProfileLoader.DEFAULT);
        List<MoleculeRow> rows = new ArrayList<>(count);
        try (RecordReader reader = RecordReader.open(file);
             ParallelAnalyzer analyzer = new ParallelAnalyzer(Runtime.getRuntime().availableProcessors(), false)) {
            List<InputRecord> batch = new ArrayList<>();
            while (reader.hasNext() && rows.size() < count) {
                batch.add(reader.next());
                if (batch.size() == 2000 || !reader.hasNext()) {
                    for (Analysis a : analyzer.analyze(batch)) {
                        if (a instanceof Analysis.Success ok && rows.size() < count) {
                            var m = ok.molecule();
                            rows.add(new MoleculeRow(rows.size() + 1, 0, new ScoredMolecule(m, profile.score(m), 0),
                                    false, 0, List.of(), ""));
                        }
                    }
                    batch.clear();
                }
            }
        }
        return rows;
    }
}

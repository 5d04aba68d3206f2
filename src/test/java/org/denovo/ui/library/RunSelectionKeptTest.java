package org.denovo.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.task.FxTaskRunner;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Runs selected for a comparison stay selected when the library list is refreshed, e.g. as another run ends. */
@ExtendWith(ApplicationExtension.class)
class RunSelectionKeptTest {
    static WorkbenchServices services;
    static FxTaskRunner runner;
    MainWindow window;
    Library library;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("denovo-selection");
        library = Library.open(dir.resolve("library.db"));
        for (int i = 1; i <= 3; i++) {
            long run = library.startRun(RunInfo.of(RunKind.IMPORT, "run " + i, "{}"));
            library.finishRun(run, RunStatus.FINISHED);
        }
        runner = new FxTaskRunner();
        Settings settings = new Settings();
        settings.modelDir = "src/test/resources/models/tiny";
        services = new WorkbenchServices(runner, library, settings, dir.resolve(Settings.FILE_NAME));
        window = new MainWindow(services, Structure3Ds.builder());
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @AfterAll
    static void close() {
        if (services != null) {
            services.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoSelectedRunsSurviveARefresh(FxRobot robot) throws Exception {
        ListView<RunSummary> runs = robot.lookup("#runs").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> runs.getItems().size() == 3);
        robot.interact(() -> {
            runs.getSelectionModel().select(0);
            runs.getSelectionModel().select(2);
        });
        List<Long> before = selectedIds(runs);
        assertEquals(2, before.size());

        long another = library.startRun(RunInfo.of(RunKind.IMPORT, "run 4", "{}"));
        library.finishRun(another, RunStatus.FINISHED);
        robot.interact(() -> window.libraryModel().refresh());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> runs.getItems().size() == 4);
        robot.interact(() -> { });
        assertEquals(before, selectedIds(runs), "the same runs are selected after the refresh");
    }

    private static List<Long> selectedIds(ListView<RunSummary> runs) {
        return runs.getSelectionModel().getSelectedItems().stream().map(RunSummary::id).sorted().toList();
    }
}

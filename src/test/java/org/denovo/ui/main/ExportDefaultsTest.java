package org.denovo.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.denovo.core.library.Library;
import org.denovo.core.run.ScoreRun;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.work.WorkContext;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.task.FxTaskRunner;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog proposes the last export folder (kept in the settings file between sessions) and a file named
 * after the run; Preferences offers Browse buttons for its paths.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDefaultsTest {
    Path dir;
    Path earlier;
    WorkbenchServices services;
    FxTaskRunner runner;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("denovo-export-defaults");
        earlier = Files.createDirectories(dir.resolve("exports from last week"));
        Path input = dir.resolve("in.smi");
        Files.writeString(input, "CC(=O)Oc1ccccc1C(=O)O aspirin\nc1ccncc1 pyridine\nCCOC(=O)c1ccccc1N benzocaine\n");
        Library library = Library.open(dir.resolve("library.db"));
        long run = new ScoreRun(input, dir.resolve("ranked.csv"), new ProfileLoader().load("drug-like"), 0, 1, m -> { })
                .storedIn(library, "hits: round 2", "drug-like").run(WorkContext.synchronous()).runId();
        Path settingsFile = dir.resolve(Settings.FILE_NAME);
        // written as a previous session left it
        Files.writeString(settingsFile, "{\"modelDir\": \"src/test/resources/models/tiny\", \"lastRunId\": " + run
                + ", \"exportFolder\": " + new ObjectMapper().writeValueAsString(earlier.toString()) + "}");
        runner = new FxTaskRunner();
        services = new WorkbenchServices(runner, library, Settings.load(settingsFile), settingsFile);
        window = new MainWindow(services, Structure3Ds.builder());
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    private TextField openExport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.tableModel().allRows().size() == 3);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#export-path").queryAs(TextField.class);
    }

    @Test
    void proposesTheLastFolderAndTheRunNameAndRemembersTheFolder(FxRobot robot) throws Exception {
        TextField path = openExport(robot);
        assertEquals(earlier.resolve("hits-round-2.sdf").toString(), path.getText(),
                "the last export folder and the run's name");

        Path chosen = Files.createDirectories(dir.resolve("for the chemists"));
        Path out = chosen.resolve("picked.csv");
        robot.interact(() -> path.setText(out.toString()));
        DialogPane pane = (DialogPane) path.getScene().getRoot();
        ButtonType export = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.clickOn((Button) pane.lookupButton(export));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // closes "Export finished"
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(chosen.toString(), new ObjectMapper().readTree(services.settingsFile().toFile())
                .path("exportFolder").asText(), "the folder is in the settings file for the next session");
        TextField again = openExport(robot);
        assertEquals(chosen.resolve("hits-round-2.csv").toString(), again.getText(),
                "the folder and the format used last");
        robot.interact(() -> ((Stage) again.getScene().getWindow()).close());
    }

    @Test
    void preferencesOfferBrowseForEveryPath(FxRobot robot) {
        PreferencesDialog[] dialog = new PreferencesDialog[1];
        robot.interact(() -> {
            dialog[0] = new PreferencesDialog(null, services.settings(), services.settingsFile(), dir.resolve("library.db"),
                    ProfileLoader.BUILT_IN);
            dialog[0].show();
        });
        List<TextField> paths = robot.lookup(".preferences-path").queryAllAs(TextField.class).stream().toList();
        List<Button> browse = robot.lookup(".preferences-browse").queryAllAs(Button.class).stream().toList();
        robot.interact(() -> dialog[0].close());
        assertTrue(paths.size() >= 3, "library file, model folder and export folder: " + paths.size());
        assertEquals(paths.size(), browse.size(), "a Browse button beside every path");
    }
}

package org.denovo.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryLocation;
import org.denovo.core.library.RunSummary;
import org.denovo.core.run.LibraryImport;
import org.denovo.core.run.ProblemLog;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import org.denovo.ui.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Every way of quitting the app saves the window's size and position and the run on show, for the next start. */
class QuitTest {
    private final FxRobot robot = new FxRobot();
    private String homeBefore;
    private Path home;
    private long runId;
    private Stage stage;
    private WorkbenchApp app;

    @BeforeEach
    void startTheApp() throws Exception {
        home = Files.createTempDirectory("denovo-quit");
        homeBefore = System.setProperty(LibraryLocation.HOME_PROPERTY, home.toString());
        Settings settings = new Settings();
        settings.modelDir = Path.of("src/test/resources/models/tiny").toAbsolutePath().toString();
        settings.save(home.resolve(Settings.FILE_NAME));
        Path leads = Files.writeString(home.resolve("leads.smi"), "CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1 benzene\n");
        try (Library library = Library.open(home.resolve(LibraryLocation.FILE_NAME))) {
            runId = new LibraryImport(library, leads, "leads", 1, ProblemLog.NONE)
                    .run(new WorkContext(new Cancellation(), ProgressListener.NONE)).runId();
        }
        stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        // the user opens the run and sizes the window
        Node run = robot.lookup("#runs .list-cell").match((ListCell<RunSummary> c) -> c.getItem() != null
                && c.getItem().id() == runId).query();
        robot.clickOn(run).type(javafx.scene.input.KeyCode.ENTER); // a double click's timing is not kept on a busy machine
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> app.window().tableModel().runIdProperty().get() == runId);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1111);
            stage.setHeight(777);
        });
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        robot.interact(stage::hide);
        if (homeBefore == null) {
            System.clearProperty(LibraryLocation.HOME_PROPERTY);
        } else {
            System.setProperty(LibraryLocation.HOME_PROPERTY, homeBefore);
        }
    }

    // The quitting events are posted without waiting for the FX thread: quitting may end it.

    @Test
    void ctrlQ() throws Exception {
        Platform.runLater(() -> Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.Q, false, true, false, false)));
        assertSavedAndClosed("Ctrl+Q");
    }

    @Test
    void fileQuit() throws Exception {
        robot.clickOn(menuLabel("_File"));
        Node quit = menuLabel("_Quit");
        Platform.runLater(() -> Event.fireEvent(quit, new MouseEvent(MouseEvent.MOUSE_RELEASED, 0, 0, 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null)));
        assertSavedAndClosed("File › Quit");
    }

    @Test
    void theWindowsCloseButton() throws Exception {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertSavedAndClosed("the window's close button");
    }

    private Node menuLabel(String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible()).query();
    }

    private void assertSavedAndClosed(String how) throws Exception {
        Path file = home.resolve(Settings.FILE_NAME);
        for (int i = 0; i < 50 && Settings.load(file).lastRunId == 0; i++) {
            Thread.sleep(100);
        }
        Settings saved = Settings.load(file);
        assertEquals(runId, saved.lastRunId, how + " saves the run on show");
        assertEquals(1111, saved.windowWidth, how + " saves the window's width");
        assertEquals(777, saved.windowHeight, how + " saves the window's height");
        assertEquals(40, saved.windowX, how + " saves the window's position");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
    }
}

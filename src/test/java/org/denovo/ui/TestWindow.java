package org.denovo.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.denovo.core.library.Library;
import org.denovo.ui.app.LaunchFile;
import org.denovo.ui.app.WorkbenchApp;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.task.FxTaskRunner;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workbench window on a new library in a temporary folder, with the tiny test model, shown in a TestFX
 * stage: for tests that drive the window as a user does.
 */
public final class TestWindow implements AutoCloseable {
    public final Path dir;
    public final FxTaskRunner runner;
    public final WorkbenchServices services;
    public final MainWindow window;
    public final Stage stage;

    private TestWindow(Path dir, FxTaskRunner runner, WorkbenchServices services, MainWindow window, Stage stage) {
        this.dir = dir;
        this.runner = runner;
        this.services = services;
        this.window = window;
        this.stage = stage;
    }

    /** Call on the FX thread (a TestFX {@code @Start} method). */
    public static TestWindow show(Stage stage, double width, double height) throws Exception {
        Path dir = Files.createTempDirectory("denovo-ui-test");
        FxTaskRunner runner = new FxTaskRunner();
        Settings settings = new Settings();
        settings.modelDir = "src/test/resources/models/tiny";
        WorkbenchServices services = new WorkbenchServices(runner, Library.open(dir.resolve("library.db")), settings,
                dir.resolve(Settings.FILE_NAME));
        MainWindow window = new MainWindow(services, Structure3Ds.builder());
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setTitle(WorkbenchApp.TITLE);
        stage.show();
        return new TestWindow(dir, runner, services, window, stage);
    }

    /** Imports a SMILES file (one "SMILES name" a line) as a run, as opening the app with it does, and shows it. */
    public long importRun(FxRobot robot, String fileName, String smilesLines, int molecules) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, smilesLines);
        int runsBefore = window.libraryModel().runs().size();
        long shownBefore = window.tableModel().runIdProperty().get();
        robot.interact(() -> LaunchFile.importAndShow(file, services, window.libraryModel(), stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.libraryModel().runs().size() > runsBefore
                && window.tableModel().allRows().size() == molecules
                && window.tableModel().runIdProperty().get() != shownBefore);
        WaitForAsyncUtils.waitForFxEvents();
        return window.tableModel().runIdProperty().get();
    }

    /** The row cell showing the table's row {@code index} (the table also keeps hidden spare cells). */
    public static Node rowCell(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").match((Node n) -> n.isVisible()
                && ((TableRow<?>) n).getIndex() == index).query();
    }

    /**
     * The cell of the table's row {@code index} in the column titled {@code column}; a click on it selects the row
     * (the row's own centre may lie beyond the visible columns).
     */
    public static Node cell(FxRobot robot, int index, String column) {
        return robot.from(rowCell(robot, index)).lookup((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getText())).query();
    }

    /** Cancels a generate run still going (its model must not close under it), then closes the library. */
    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.generateModel().cancel()).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.generateModel().runningProperty().get());
        services.close();
        runner.close();
    }
}

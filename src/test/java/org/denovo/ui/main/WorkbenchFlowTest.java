package org.denovo.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.ui.Settings;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.denovo.ui.app.WorkbenchApp;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.denovo.ui.table.TableWarmUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow in the real window (headless under Monocle in CI): generate a small run, rows appear, select one
 * (detail and 3D show it), filter, star it, export a readable SDF.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    static Path dir;
    static WorkbenchServices services;
    static FxTaskRunner runner;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("denovo-ui-test");
        runner = new FxTaskRunner();
        Settings settings = new Settings();
        settings.modelDir = "src/test/resources/models/tiny";
        services = new WorkbenchServices(runner, Library.open(dir.resolve("library.db")), settings,
                dir.resolve(Settings.FILE_NAME));
        window = new MainWindow(services, Structure3Ds.builder());
        Scene scene = new Scene(window.root(), 1400, 900);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.setTitle(WorkbenchApp.TITLE);
        window.warmUpBeforeShow(() -> TableWarmUp.rows(services.profiles()));
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
    void generateInspectFilterStarExport(FxRobot robot) throws Exception {
        // 1. generate a small run
        robot.interact(() -> {
            window.generateModel().parameters().countProperty().set(400);
            window.generateModel().parameters().seedProperty().set("5");
        });
        assertEquals(400, robot.lookup("#count").queryAs(javafx.scene.control.Spinner.class).getValue(),
                "the panel shows the count the view model holds");
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !window.generateModel().runningProperty().get()
                && window.tableModel().allRows().size() > 0);
        // 2. rows appear, stored in the library, ranked
        List<MoleculeRow> rows = new ArrayList<>(window.tableModel().allRows());
        long runId = window.tableModel().runIdProperty().get();
        assertTrue(runId > 0);
        assertEquals(rows.size(), services.library().count(MoleculeQuery.ofRun(runId)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.table().getItems().get(0).rankProperty().get(), "sorted best first when done");

        // 3. select one: the detail and the 3D view show it
        robot.clickOn(firstRowCell(robot));
        MoleculeRow first = window.table().getItems().get(0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, window.detailModel().rowProperty().get());
        assertEquals(first.smiles(), robot.lookup("#detailSmiles").queryAs(TextField.class).getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.detailModel().depictionProperty().get() != null);
        robot.clickOn("3D");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.detailModel().viewer3d().structureProperty().get() != null);
        assertTrue(window.detailModel().viewer3d().statusProperty().get().contains(" atoms"),
                window.detailModel().viewer3d().statusProperty().get());

        // 4. filter by a property, typed into the filter box
        String median = String.format(Locale.ROOT, "%.2f", rows.stream().mapToDouble(r -> r.value(Descriptor.MOL_WEIGHT))
                .sorted().skip(rows.size() / 2).findFirst().orElseThrow());
        double cut = Double.parseDouble(median);
        robot.clickOn("#filter").write("mw < " + median);
        WaitForAsyncUtils.waitForFxEvents();
        List<MoleculeRow> shown = new ArrayList<>(window.table().getItems());
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() < rows.size(), shown.size() + " of " + rows.size());
        assertTrue(shown.stream().allMatch(r -> r.value(Descriptor.MOL_WEIGHT) < cut), () -> "filter \""
                + window.tableModel().filterTextProperty().get() + "\" cut " + cut + " shown "
                + shown.stream().map(r -> r.value(Descriptor.MOL_WEIGHT)).toList());

        // 5. star the first shown molecule with the keyboard
        robot.clickOn(firstRowCell(robot));
        MoleculeRow starred = window.table().getSelectionModel().getSelectedItem();
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(starred.starredProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> services.library().molecule(starred.id()).orElseThrow().starred());

        // 6. export the filtered view: the dialog shows what it writes; the SDF reads back
        Path out = dir.resolve("shown.sdf");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#scope-FILTERED_VIEW").queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        TextField path = robot.lookup("#export-path").queryAs(TextField.class);
        robot.interact(() -> path.setText(out.toString()));
        String preview = robot.lookup("#export-preview").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(preview.startsWith(String.format("Will write %,d molecules", shown.size())), preview);
        DialogPane pane = (DialogPane) path.getScene().getRoot();
        robot.clickOn((Button) pane.lookupButton(org.denovo.ui.export.ExportDialog.EXPORT));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        List<InputRecord> records = new ArrayList<>();
        try (RecordReader r = RecordReader.open(out)) {
            r.forEachRemaining(records::add);
        }
        assertEquals(shown.size(), records.size());
        assertTrue(records.stream().allMatch(InputRecord::ok));
        assertTrue(records.stream().anyMatch(r -> "1".equals(r.tags().get("starred"))), "the star travels with the molecule");
        List<Double> scores = records.stream().map(r -> r.tags().get("score")).filter(s -> !s.isEmpty())
                .map(Double::parseDouble).toList();
        assertEquals(scores, scores.stream().sorted(Comparator.reverseOrder()).toList(), "ranked best first");
    }

    /** A cell of the table's first row, to click on. */
    private static javafx.scene.Node firstRowCell(FxRobot robot) {
        return org.denovo.ui.TestWindow.cell(robot, 0, "Rank");
    }
}

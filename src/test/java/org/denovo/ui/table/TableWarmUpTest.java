package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.depict.DepictionCache;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TableWarmUpTest {
    MoleculeTableViewModel model;
    MoleculeTable table;

    @Start
    void start(Stage stage) {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        model = new MoleculeTableViewModel(runner, null);
        table = new MoleculeTable(model, new DepictionCache(runner));
        Scene scene = new Scene(new StackPane(table), 1000, 700);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void buildsRowCellsAndLeavesTheTableEmpty(FxRobot robot) {
        assertEquals(0, robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getSkin() != null && !((TableRow<?>) n).getChildrenUnmodifiable()
                        .isEmpty()).count(), "an empty table has no filled row cells yet");
        robot.interact(() -> TableWarmUp.rehearse(TableWarmUp.rows(new ProfileLoader()), table, model));
        assertTrue(model.allRows().isEmpty(), "warm-up rows are removed again");
        long rowsWithCells = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> !((TableRow<?>) n).getChildrenUnmodifiable().isEmpty()).count();
        assertTrue(rowsWithCells >= 5, "row cells with their column cells exist for the first real rows: "
                + rowsWithCells);
    }

    @Test
    void leavesATableWithRowsAlone(FxRobot robot) throws Exception {
        MoleculeRow real = TestRows.row(7, "c1ccncc1", "pyridine");
        robot.interact(() -> {
            model.append(java.util.List.of(real));
            TableWarmUp.rehearse(TableWarmUp.rows(new ProfileLoader()), table, model);
        });
        assertEquals(java.util.List.of(real), model.allRows());
    }

    @Test
    void exercisesBatchesWithASelectionThenLeavesTheTableEmptyAndUnselected(FxRobot robot) {
        int[] most = {0};
        boolean[] selected = {false};
        robot.interact(() -> {
            model.allRows().addListener((ListChangeListener<MoleculeRow>) c ->
                    most[0] = Math.max(most[0], model.allRows().size()));
            table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                    selected[0] |= now.intValue() >= 0);
            TableWarmUp.rehearse(TableWarmUp.rows(new ProfileLoader()), table, model);
        });
        assertEquals(TableWarmUp.BATCH_ROWS, most[0], "a batch-sized set of rows was laid out");
        assertTrue(selected[0], "the newest row was selected, so the detail pane was filled");
        assertTrue(model.allRows().isEmpty());
        assertTrue(table.getSelectionModel().isEmpty());
        assertEquals(null, model.selectedProperty().get());
    }

    @Test
    void rehearsesInAWindowNotYetShown(FxRobot robot) {
        int[] most = {0};
        robot.interact(() -> {
            MoleculeTableViewModel hiddenModel = new MoleculeTableViewModel(new ImmediateTaskRunner(), null);
            MoleculeTable hidden = new MoleculeTable(hiddenModel, new DepictionCache(new ImmediateTaskRunner()));
            Scene scene = new Scene(new StackPane(hidden), 1000, 700);
            scene.getStylesheets().add(MainWindow.stylesheet());
            hiddenModel.allRows().addListener((ListChangeListener<MoleculeRow>) c ->
                    most[0] = Math.max(most[0], hiddenModel.allRows().size()));
            TableWarmUp.rehearse(TableWarmUp.rows(new ProfileLoader()), hidden, hiddenModel);
            assertTrue(hiddenModel.allRows().isEmpty());
            assertTrue(hidden.getSelectionModel().isEmpty());
            assertTrue(hidden.lookupAll(".table-row-cell").size() >= 5, "row cells were built");
        });
        assertEquals(TableWarmUp.BATCH_ROWS, most[0], "a batch-sized set of rows was laid out, with no window shown");
    }
}

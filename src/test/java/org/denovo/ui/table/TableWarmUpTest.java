package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.WorkbenchApp;
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
        scene.getStylesheets().add(WorkbenchApp.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void buildsRowCellsAndLeavesTheTableEmpty(FxRobot robot) {
        assertEquals(0, robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getSkin() != null && !((TableRow<?>) n).getChildrenUnmodifiable()
                        .isEmpty()).count(), "an empty table has no filled row cells yet");
        robot.interact(() -> TableWarmUp.start(new ImmediateTaskRunner(), new ProfileLoader(), table, model));
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
            TableWarmUp.start(new ImmediateTaskRunner(), new ProfileLoader(), table, model);
        });
        assertEquals(java.util.List.of(real), model.allRows());
    }
}

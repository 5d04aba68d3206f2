package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.denovo.ui.depict.DepictionCache;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FrozenColumnsTest {
    MoleculeTableViewModel model;
    MoleculeTable table;

    @Start
    void start(Stage stage) {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        model = new MoleculeTableViewModel(runner, null);
        table = new MoleculeTable(model, new DepictionCache(runner));
        Scene scene = new Scene(new StackPane(table), 620, 500); // far narrower than the columns
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void starRankAndStructureStayInPlaceWhenScrollingSideways(FxRobot robot) throws Exception {
        List<MoleculeRow> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(TestRows.row(i, "c1ccncc1" + "C".repeat(i), "m" + i));
        }
        robot.interact(() -> model.append(rows));
        double[] before = {x("Rank"), x("Structure"), headerX("Structure"), x("SMILES")};
        robot.interact(() -> {
            ScrollBar bar = horizontalBar();
            bar.setValue(bar.getMax());
            table.layout();
        });
        robot.interact(() -> { });
        assertTrue(horizontalBar().getValue() > 300, "scrolled sideways");
        assertTrue(x("SMILES") < before[3] - 300, "the last column moved left: " + before[3] + " -> " + x("SMILES"));
        assertEquals(before[0], x("Rank"), 0.5, "the rank cells stayed in place");
        assertEquals(before[1], x("Structure"), 0.5, "the structure cells stayed in place");
        assertEquals(before[2], headerX("Structure"), 0.5, "the structure header stayed in place");
    }

    private ScrollBar horizontalBar() {
        return table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
                .map(n -> (ScrollBar) n).findFirst().orElseThrow();
    }

    /** Where the first filled, shown cell of a column is drawn, in scene coordinates. */
    private double x(String column) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && c.getTableColumn().getText().equals(column) && !c.isEmpty() && shown(c))
                .mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinX()).min().orElse(Double.NaN);
    }

    private double headerX(String column) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && h.getTableColumn().getText().equals(column))
                .mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinX()).min().orElse(Double.NaN);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}

package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** When the header says "Rank ▲", the best molecule is on top: after runs finish, are opened, switched or re-scored. */
@ExtendWith(ApplicationExtension.class)
class RankHeaderTest {
    TestWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = TestWindow.show(stage, 1400, 900);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void theHeaderAndTheRowsAgreeOnTheRanking(FxRobot robot) throws Exception {
        long first = generate(robot, "1");
        assertRankedBestFirst("after the first run finished");
        long second = generate(robot, "2");
        assertRankedBestFirst("after a second run finished");

        open(robot, first);
        assertRankedBestFirst("after opening the first run from the library");
        open(robot, second);
        assertRankedBestFirst("after switching back to the second run");

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#rescore");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.services.library().runs().size() == 3
                && w.window.tableModel().runIdProperty().get() == w.services.library().runs().get(2).id()
                && !w.window.tableModel().allRows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Close");
        assertRankedBestFirst("after re-scoring the run");
    }

    @Test
    void aRunStillGeneratingDoesNotClaimARanking(FxRobot robot) throws Exception {
        generate(robot, "1");
        MoleculeTableViewModel table = w.window.tableModel();
        List<MoleculeRow> arriving = List.of(TestRows.row(901, "CCO", "b1"), TestRows.row(902, "c1ccncc1", "b2"),
                TestRows.row(903, "CC(=O)O", "b3"));
        // what the generate panel does as a new run starts and its first batch arrives
        robot.interact(() -> {
            table.show("generating", 99, List.of());
            table.append(arriving);
        });
        List<TableColumn<MoleculeRow, ?>> order = w.window.table().getSortOrder();
        assertTrue(order.isEmpty() || !order.get(0).getText().equals("Rank"),
                () -> "the header claims a ranking while no row has a rank yet: sorted by " + order.get(0).getText());
    }

    private long generate(FxRobot robot, String seed) throws Exception {
        int runs = w.services.library().runs().size();
        robot.interact(() -> {
            w.window.generateModel().parameters().countProperty().set(1500);
            w.window.generateModel().parameters().seedProperty().set(seed);
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !w.window.generateModel().runningProperty().get()
                && w.services.library().runs().size() == runs + 1);
        WaitForAsyncUtils.waitForFxEvents();
        return w.window.tableModel().runIdProperty().get();
    }

    /** Double-clicks the run in the library list. */
    private void open(FxRobot robot, long runId) throws Exception {
        Node cell = robot.lookup("#runs .list-cell").match((ListCell<RunSummary> c) -> c.getItem() != null
                && c.getItem().id() == runId).query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.window.tableModel().runIdProperty().get() == runId
                && !w.window.tableModel().allRows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertRankedBestFirst(String when) {
        List<TableColumn<MoleculeRow, ?>> order = w.window.table().getSortOrder();
        assertEquals(List.of("Rank"), order.stream().map(TableColumn::getText).toList(), when + ": sorted by");
        assertEquals(TableColumn.SortType.ASCENDING, order.get(0).getSortType(), when + ": rank direction");
        List<Integer> ranks = w.window.table().getItems().stream().map(r -> r.rankProperty().get()).toList();
        assertEquals(1, ranks.get(0), when + ": the best molecule is on top under \"Rank ▲\"; ranks from the top " + ranks
                .subList(0, Math.min(10, ranks.size())));
        assertEquals(ranks.stream().sorted().toList(), ranks, when + ": rows in rank order");
    }
}

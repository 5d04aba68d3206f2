package org.denovo.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare runs from the library panel as a user does: select two runs (click, then Ctrl-click), press Compare, and
 * the comparison view shows both runs' numbers and one series per run in its charts.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {
    private static final String ALPHA = """
            smiles,name,score
            c1ccccc1,benzene,0.9
            Cc1ccccc1,toluene,0.85
            CCCCO,butanol,0.6
            CCc1ccccc1,ethylbenzene,0.5
            C1CCCCC1,cyclohexane,0.3
            c1ccc2ccccc2c1,naphthalene,0.2
            """;
    private static final String BETA = """
            smiles,name,score
            OC(=O)c1ccccc1,benzoic acid,0.95
            Cc1ccccc1,toluene,0.7
            C1CCNCC1,piperidine,0.4
            CC(C)O,isopropanol,0.2
            c1ccc2ccccc2c1,naphthalene,0.1
            """;

    TestWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = TestWindow.show(stage, 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        for (Window open : List.copyOf(Window.getWindows())) {
            if (open != w.stage) {
                WaitForAsyncUtils.asyncFx(open::hide).get();
            }
        }
        w.close();
    }

    @Test
    void twoSelectedRunsOpenSideBySideWithOneSeriesPerRun(FxRobot robot) throws Exception {
        long alpha = w.importRun(robot, "alpha.csv", ALPHA, 6);
        long beta = w.importRun(robot, "beta.csv", BETA, 5);

        robot.clickOn(runCell(robot, alpha));
        robot.press(KeyCode.CONTROL).clickOn(runCell(robot, beta)).release(KeyCode.CONTROL);
        robot.clickOn(compareButton(robot));

        Stage view = comparisonWindow();
        StatisticsView statistics = robot.from(view.getScene().getRoot()).lookup(".statistics").queryAs(StatisticsView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !statistics.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Compare runs " + alpha + " and " + beta + ComparisonWindow.TITLE_SUFFIX, view.getTitle());

        // the table: a column per run, oldest first, headed by its label; the molecule counts of both runs
        List<TableColumn<StatisticRow, ?>> columns = statistics.getColumns();
        assertEquals(3, columns.size(), "the measure and one column per run");
        assertEquals(List.of("run " + alpha, "run " + beta),
                columns.subList(1, 3).stream().map(c -> ((Label) c.getGraphic()).getText()).toList());
        assertEquals(List.of("6", "5"), row(statistics, "Molecules").values());
        assertEquals(List.of("alpha.csv", "beta.csv"), row(statistics, "Name").values());
        assertEquals(List.of("2 (33.3 %)", "1 (20.0 %)"), row(statistics, "Hits (score ≥ 0.80)").values());

        // the charts: one series per run, in the runs' order
        for (String chart : List.of("#distribution", "#tradeOff", "#space")) {
            XYChart<?, ?> c = robot.from(view.getScene().getRoot()).lookup(chart).queryAs(XYChart.class);
            assertEquals(List.of("run " + alpha, "run " + beta), c.getData().stream().map(XYChart.Series::getName).toList(),
                    chart);
        }
        XYChart<?, ?> tradeOff = robot.from(view.getScene().getRoot()).lookup("#tradeOff").queryAs(XYChart.class);
        assertEquals(6, tradeOff.getData().get(0).getData().size(), "every scored molecule of alpha is drawn");
        assertTrue(robot.from(view.getScene().getRoot()).lookup("#noRounds").query().isVisible(),
                "no optimisation run: the rounds chart says why it is empty");
        assertTrue(robot.from(view.getScene().getRoot()).lookup(".top-card").queryAll().size() >= 10,
                "the best molecules of both runs");
    }

    @Test
    void oneSelectedRunIsExplainedInsteadOfCompared(FxRobot robot) throws Exception {
        long alpha = w.importRun(robot, "alpha.csv", ALPHA, 6);
        robot.clickOn(runCell(robot, alpha));
        robot.clickOn(compareButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane explanation = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(explanation.getHeaderText().contains("Only one run is selected"), explanation.getHeaderText());
        assertTrue(explanation.getContentText().contains("Ctrl-click"), explanation.getContentText());
        assertFalse(Window.getWindows().stream().anyMatch(ComparisonWindow.class::isInstance), "no comparison opened");
        robot.clickOn(robot.from(explanation).lookup((Button b) -> "OK".equals(b.getText())).queryButton());
    }

    private static Node runCell(FxRobot robot, long runId) {
        return robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && c.getItem() instanceof RunSummary r
                && r.id() == runId).query();
    }

    private static Button compareButton(FxRobot robot) {
        return robot.lookup("#compareButton").queryButton();
    }

    private static Stage comparisonWindow() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(win -> win instanceof ComparisonWindow && win.isShowing()));
        return (Stage) Window.getWindows().stream().filter(ComparisonWindow.class::isInstance).findFirst().orElseThrow();
    }

    private static StatisticRow row(StatisticsView table, String measure) {
        return table.getItems().stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + measure));
    }
}

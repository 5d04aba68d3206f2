package org.denovo.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.denovo.core.library.RunKind;
import org.denovo.ui.TestWindow;
import org.denovo.ui.lineage.LineageStep;
import org.denovo.ui.lineage.LineageView;
import org.denovo.ui.table.MoleculeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A small optimisation in the real window, as a chemist starts it: select a molecule, Optimise selected molecule
 * (Ctrl+Shift+O), Optimise; rounds stream into the table and the chart; the lineage of a result shows the path from
 * the lead with its changes and the components lead against molecule.
 */
@ExtendWith(ApplicationExtension.class)
class OptimizeWindowTest {
    private static final String LEAD = "CC(=O)Nc1ccc(OCc2ccccc2)cc1";
    TestWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = TestWindow.show(stage, 1400, 900);
        w.services.settings().modelDir = ""; // the shipped model: the tiny test model cannot complete drug-like SMILES
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> w.window.optimizeModel().cancel()).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.window.optimizeModel().runningProperty().get());
        w.close();
    }

    @Test
    void optimiseTheSelectedMoleculeAndFollowALineage(FxRobot robot) throws Exception {
        w.importRun(robot, "leads.smi", LEAD + " paracetamol-benzyl\nc1ccncc1 pyridine\n", 2);
        int index = w.window.table().getItems().stream().map(MoleculeRow::name).toList().indexOf("paracetamol-benzyl");
        robot.clickOn(TestWindow.cell(robot, index, "Score"));
        String leadSmiles = w.window.tableModel().selectedProperty().get().smiles();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(leadSmiles, robot.lookup("#leadSmiles").queryAs(TextField.class).getText(),
                "Optimise selected molecule takes the selection as the lead");

        robot.interact(() -> {
            w.window.optimizeModel().parameters().budgetProperty().set(60);
            w.window.optimizeModel().parameters().seedProperty().set("11");
            w.window.optimizeModel().parameters().profileProperty().set("qed");
        });
        robot.clickOn("#optimizeStart");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !w.window.optimizeModel().runningProperty().get()
                && w.window.tableModel().allRows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String status = w.window.optimizeModel().statusProperty().get();
        assertTrue(status.contains("molecules scored"), status);

        // the run is stored as an optimisation run, and every row has a round; the lead is round 0
        long runId = w.window.tableModel().runIdProperty().get();
        assertEquals(RunKind.OPTIMIZE, w.services.library().run(runId).orElseThrow().kind());
        List<MoleculeRow> rows = List.copyOf(w.window.tableModel().allRows());
        assertEquals(61, rows.size(), "the lead and the budget's 60 molecules");
        assertTrue(rows.stream().allMatch(r -> r.round() >= 0));
        assertEquals(1, rows.stream().filter(r -> r.round() == 0).count());
        assertEquals(leadSmiles, rows.stream().filter(r -> r.round() == 0).findFirst().orElseThrow().smiles());
        assertTrue(columnVisible("Sim.") && columnVisible("Round") && columnVisible("Parent"),
                "similarity, round and parent columns show for an optimisation run");
        assertEquals(1, w.window.table().getItems().get(0).rankProperty().get(), "ranked best first");

        // the chart shows best and median per round; the best never falls
        List<RoundProgress> rounds = List.copyOf(w.window.optimizeModel().rounds());
        assertFalse(rounds.isEmpty());
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#roundChart").queryAs(LineChart.class);
        XYChart.Series<Number, Number> best = chart.getData().get(0);
        assertEquals(rounds.stream().filter(r -> Double.isFinite(r.best())).count(), best.getData().size());
        for (int i = 1; i < best.getData().size(); i++) {
            assertTrue(best.getData().get(i).getYValue().doubleValue() >= best.getData().get(i - 1).getYValue().doubleValue());
        }

        // a molecule of round 1 or later: its lineage starts at the lead and ends at it, with highlighted changes
        MoleculeRow result = rows.stream().filter(r -> r.round() >= 2).findFirst()
                .orElse(rows.stream().filter(r -> r.round() >= 1).findFirst().orElseThrow());
        int at = w.window.table().getItems().indexOf(result);
        robot.interact(() -> w.window.table().scrollTo(at));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(TestWindow.cell(robot, at, "Score"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !w.window.lineageModel().steps().isEmpty());
        List<LineageStep> steps = List.copyOf(w.window.lineageModel().steps());
        assertEquals(leadSmiles, steps.get(0).smiles());
        assertEquals(result.smiles(), steps.get(steps.size() - 1).smiles());
        assertTrue(steps.size() >= 2);
        assertTrue(steps.stream().skip(1).allMatch(s -> s.changedAtoms().length > 0), "each step changed something");
        assertEquals("Lineage", w.window.detailTabs().getSelectionModel().getSelectedItem().getText());
        assertEquals(result.scored().score().components().size(), w.window.lineageModel().components().size());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".lineage-step").queryAll().size() == steps.size()
                && robot.from(robot.lookup((javafx.scene.Node n) -> n instanceof LineageView).queryAll())
                .lookup((javafx.scene.Node n) -> n instanceof ImageView iv && iv.getImage() != null).queryAll().size() == steps.size());
    }

    @Test
    void anOptimisationAndItsLeadsRunAreComparedSideBySide(FxRobot robot) throws Exception {
        long imported = w.importRun(robot, "leads.smi", LEAD + " paracetamol-benzyl\nc1ccncc1 pyridine\n", 2);
        robot.clickOn(TestWindow.cell(robot, w.window.table().getItems().stream().map(MoleculeRow::name).toList()
                .indexOf("paracetamol-benzyl"), "Score"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(() -> {
            w.window.optimizeModel().parameters().budgetProperty().set(40);
            w.window.optimizeModel().parameters().seedProperty().set("3");
        });
        robot.clickOn("#optimizeStart");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !w.window.optimizeModel().runningProperty().get()
                && w.window.tableModel().allRows().size() > 1);
        long optimised = w.window.tableModel().runIdProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.window.libraryModel().runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(runCell(robot, imported));
        robot.press(KeyCode.CONTROL).clickOn(runCell(robot, optimised)).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(win -> win instanceof org.denovo.ui.compare.ComparisonWindow && win.isShowing()));
        Stage view = (Stage) javafx.stage.Window.getWindows().stream()
                .filter(org.denovo.ui.compare.ComparisonWindow.class::isInstance).findFirst().orElseThrow();
        var statistics = robot.from(view.getScene().getRoot()).lookup(".statistics")
                .queryAs(org.denovo.ui.compare.StatisticsView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !statistics.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, statistics.getColumns().size(), "the measure and one column per run");
        var molecules = statistics.getItems().stream().filter(r -> r.measure().equals("Molecules")).findFirst().orElseThrow();
        assertEquals(List.of("2", "40"), molecules.values(), "the import's molecules; the optimisation's, without its lead");
        XYChart<?, ?> rounds = robot.from(view.getScene().getRoot()).lookup("#rounds").queryAs(XYChart.class);
        assertFalse(rounds.getData().isEmpty(), "the optimisation run's rounds are charted");
        robot.interact(view::hide);
    }

    private static javafx.scene.Node runCell(FxRobot robot, long runId) {
        return robot.lookup(".list-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof org.denovo.core.library.RunSummary r && r.id() == runId).query();
    }

    private boolean columnVisible(String title) {
        for (TableColumn<MoleculeRow, ?> c : w.window.table().getColumns()) {
            if (c.getText().equals(title)) {
                return c.isVisible();
            }
        }
        return false;
    }
}

package org.denovo.ui.table;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.util.Duration;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.SaScorer;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.ui.task.TaskRunner;

/**
 * Runs the path of a generate batch through the window while the app is idle after start: rows are appended,
 * the newest is selected (the detail pane fills) and scrolled to, the window is laid out, and all is cleared
 * again, within one FX event, so nothing is ever drawn. Done cold in the middle of a generate run, the first
 * batch froze the window for 300-400 ms, and still for 100-150 ms with the skins built (the pulse benchmark:
 * appending, selecting and scrolling took 5-10 times longer than for later batches, code the JVM had not yet
 * compiled). A few rounds, a pulse apart, let the JIT compile that code. One molecule has many alerts, so that
 * a truncated cell is laid out too.
 */
public final class TableWarmUp {
    private static final List<String> SMILES = List.of("CC(=O)Nc1ccc(O)cc1", "CN1CCC[C@H]1c1cccnc1",
            "O=C(O)c1ccccc1OC(C)=O", "CC(C)Cc1ccc(C(C)C(=O)O)cc1",
            "O=C1C(=Cc2ccc(O)c(O)c2)SC(=S)N1"); // many alerts: a long, truncated alerts cell
    private static final int ROWS = 24;
    static final int BATCH_ROWS = 400;
    static final int ROUNDS = 4;
    private static final Duration ROUND_GAP = Duration.millis(150);

    private TableWarmUp() {
    }

    /** Analyses a few molecules in the background, then lays them out in the (still empty) table on the FX thread. */
    public static void start(TaskRunner runner, ProfileLoader profiles, MoleculeTable table,
                             MoleculeTableViewModel model) {
        start(runner, profiles, table, model, () -> { });
    }

    /** As {@link #start}, and runs {@code whenDone} on the FX thread once the last round is done or skipped. */
    public static void start(TaskRunner runner, ProfileLoader profiles, MoleculeTable table,
                             MoleculeTableViewModel model, Runnable whenDone) {
        runner.quietly(() -> rows(profiles.load(ProfileLoader.DEFAULT)), rows -> layOut(rows, table, model, whenDone),
                error -> whenDone.run());
    }

    private static List<MoleculeRow> rows(Profile profile) {
        // truncating a label ("…") needs a BreakIterator; the first one scans the JDK's locale providers (~50 ms)
        BreakIterator.getCharacterInstance();
        MoleculeAnalyzer analyzer = new MoleculeAnalyzer(AlertCatalog.loadDefault(), SaScorer.loadDefault(), false);
        List<ScoredMolecule> molecules = new ArrayList<>();
        for (String s : SMILES) {
            InputRecord record = new InputRecord(molecules.size() + 1, molecules.size() + 1, Notation.SMILES, s, "",
                    null, null);
            if (analyzer.analyze(record) instanceof Analysis.Success ok) {
                molecules.add(new ScoredMolecule(ok.molecule(), profile.score(ok.molecule()), 0));
            }
        }
        List<MoleculeRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS && !molecules.isEmpty(); i++) {
            rows.add(new MoleculeRow(-1 - i, 0, molecules.get(i % molecules.size()), false, 0, List.of(), ""));
        }
        return rows;
    }

    private static void layOut(List<MoleculeRow> rows, MoleculeTable table, MoleculeTableViewModel model,
                               Runnable whenDone) {
        if (!idle(table, model)) {
            whenDone.run();
            return;
        }
        model.allRows().setAll(rows);
        table.applyCss();
        table.layout();
        model.allRows().clear();
        later(() -> exercise(batch(rows), table, model, 0, whenDone));
    }

    private static void exercise(List<MoleculeRow> rows, MoleculeTable table, MoleculeTableViewModel model, int round,
                                 Runnable whenDone) {
        if (round == ROUNDS || !idle(table, model)) {
            whenDone.run();
            return;
        }
        Parent root = table.getScene().getRoot();
        int half = rows.size() / 2;
        model.allRows().setAll(rows.subList(0, half));
        model.append(rows.subList(half, rows.size()));
        int last = table.getItems().size() - 1;
        table.getSelectionModel().clearAndSelect(last);
        table.scrollTo(last);
        root.applyCss();
        root.layout();
        table.getSelectionModel().clearSelection();
        model.allRows().clear();
        root.applyCss();
        root.layout();
        later(() -> exercise(rows, table, model, round + 1, whenDone));
    }

    private static boolean idle(MoleculeTable table, MoleculeTableViewModel model) {
        return model.allRows().isEmpty() && model.runIdProperty().get() == 0 && table.getScene() != null
                && table.getSelectionModel().isEmpty();
    }

    private static List<MoleculeRow> batch(List<MoleculeRow> rows) {
        List<MoleculeRow> out = new ArrayList<>(BATCH_ROWS);
        for (int i = 0; i < BATCH_ROWS; i++) {
            MoleculeRow r = rows.get(i % rows.size());
            out.add(new MoleculeRow(-1 - ROWS - i, 0, r.scored(), false, 0, List.of(), ""));
        }
        return out;
    }

    private static void later(Runnable step) {
        PauseTransition pause = new PauseTransition(ROUND_GAP);
        pause.setOnFinished(e -> step.run());
        pause.play();
    }
}

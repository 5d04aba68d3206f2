package org.denovo.ui.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.SaScorer;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;

/**
 * Rehearses the path of a generate batch through the window before it is shown: rows are appended, the newest is
 * selected (the detail pane fills) and scrolled to, the window is laid out, and all is cleared again, so nothing
 * is ever drawn. Done cold, the first batch froze the window for 300-400 ms; done after the window appeared, the
 * rehearsal itself froze it for 300-500 ms in each of its first rounds (ADR 0010). A few rounds let the JIT
 * compile that code. One molecule has many alerts, so that a truncated cell is laid out too.
 */
public final class TableWarmUp {
    static final List<String> SMILES = List.of("CC(=O)Nc1ccc(O)cc1", "CN1CCC[C@H]1c1cccnc1",
            "O=C(O)c1ccccc1OC(C)=O", "CC(C)Cc1ccc(C(C)C(=O)O)cc1",
            "O=C1C(=Cc2ccc(O)c(O)c2)SC(=S)N1"); // many alerts: a long, truncated alerts cell
    private static final int ROWS = 24;
    static final int BATCH_ROWS = 400;
    static final int ROUNDS = Integer.getInteger("denovo.warmup.rounds", 4);
    static final String MOLECULES = "rehearsal-molecules.json";
    static final ObjectMapper JSON = new ObjectMapper();

    private TableWarmUp() {
    }

    /** The rehearsal's rows: the stored molecules, scored with the default profile. Any thread. */
    public static List<MoleculeRow> rows(ProfileLoader profiles) {
        // truncating a label ("…") needs a BreakIterator; the first one scans the JDK's locale providers (~50 ms)
        BreakIterator.getCharacterInstance();
        try {
            Profile profile = profiles.load(ProfileLoader.DEFAULT);
            List<AnalyzedMolecule> molecules = storedMolecules();
            List<MoleculeRow> rows = new ArrayList<>();
            for (int i = 0; i < ROWS && !molecules.isEmpty(); i++) {
                AnalyzedMolecule m = molecules.get(i % molecules.size());
                rows.add(new MoleculeRow(-1 - i, 0, new ScoredMolecule(m, profile.score(m), 0), false, 0, List.of(), ""));
            }
            return rows;
        } catch (Exception e) {
            return List.of(); // no rehearsal, the window works without it
        }
    }

    /**
     * The rehearsal's molecules as stored beside this class. Stored rather than analysed at start-up, where the
     * analysis (cold CDK, alert and SA tables) took CPU from the toolkit on two cores;
     * {@code RehearsalMoleculesTest} checks that they are what the analyser makes of {@link #SMILES}.
     */
    static List<AnalyzedMolecule> storedMolecules() throws IOException {
        try (InputStream in = TableWarmUp.class.getResourceAsStream(MOLECULES)) {
            if (in == null) {
                throw new IOException("missing resource " + MOLECULES);
            }
            return List.of(JSON.readValue(in, AnalyzedMolecule[].class));
        }
    }

    /**
     * The rehearsal's molecules analysed now, as {@link #storedMolecules()} should hold them. Run once in the
     * background when the window is built, it loads the chemistry (CDK, alert and SA tables) before the first
     * generate batch needs it.
     */
    public static List<AnalyzedMolecule> analyse() {
        MoleculeAnalyzer analyzer = new MoleculeAnalyzer(AlertCatalog.loadDefault(), SaScorer.loadDefault(), false);
        List<AnalyzedMolecule> molecules = new ArrayList<>();
        for (String s : SMILES) {
            InputRecord record = new InputRecord(molecules.size() + 1, molecules.size() + 1, Notation.SMILES, s, "",
                    null, null);
            if (analyzer.analyze(record) instanceof Analysis.Success ok) {
                molecules.add(ok.molecule());
            }
        }
        return molecules;
    }

    /**
     * Lays the rows out in the table and runs a few generate batches through it, on the FX thread, before the
     * window is shown. Does nothing if the table is not in a scene or already shows something.
     */
    public static void rehearse(List<MoleculeRow> rows, MoleculeTable table, MoleculeTableViewModel model) {
        if (rows.isEmpty() || !idle(table, model)) {
            return;
        }
        Parent root = table.getScene().getRoot();
        long t0 = System.nanoTime();
        model.allRows().setAll(rows);
        root.applyCss();
        root.layout();
        model.allRows().clear();
        StringBuilder times = new StringBuilder().append((System.nanoTime() - t0) / 1_000_000);
        List<MoleculeRow> batch = batch(rows);
        for (int round = 0; round < ROUNDS; round++) {
            t0 = System.nanoTime();
            exercise(batch, table, model, root);
            times.append(", ").append((System.nanoTime() - t0) / 1_000_000);
        }
        org.slf4j.LoggerFactory.getLogger(TableWarmUp.class).debug("rehearsal: first rows, then each round: {} ms", times);
    }

    private static void exercise(List<MoleculeRow> rows, MoleculeTable table, MoleculeTableViewModel model,
                                 Parent root) {
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
}

package org.denovo.ui.table;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.SaScorer;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.denovo.core.io.RawRecord;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.ui.task.TaskRunner;

/**
 * Builds the molecule table's row and cell skins while the app is idle after start. The first rows a table shows
 * create them; done cold, in the middle of a generate run, that froze the window for 300-400 ms (the pulse
 * benchmark). Here, rows are added, laid out and removed again within one FX event, so nothing is ever drawn,
 * and the table keeps the cells for its first real rows. One molecule has many alerts, so that a truncated cell
 * is laid out too.
 */
public final class TableWarmUp {
    private static final List<String> SMILES = List.of("CC(=O)Nc1ccc(O)cc1", "CN1CCC[C@H]1c1cccnc1",
            "O=C(O)c1ccccc1OC(C)=O", "CC(C)Cc1ccc(C(C)C(=O)O)cc1",
            "O=C1C(=Cc2ccc(O)c(O)c2)SC(=S)N1"); // many alerts: a long, truncated alerts cell
    private static final int ROWS = 24;

    private TableWarmUp() {
    }

    /** Analyses a few molecules in the background, then lays them out in the (still empty) table on the FX thread. */
    public static void start(TaskRunner runner, ProfileLoader profiles, MoleculeTable table,
                             MoleculeTableViewModel model) {
        runner.quietly(() -> rows(profiles.load(ProfileLoader.DEFAULT)), rows -> layOut(rows, table, model),
                error -> { });
    }

    private static List<MoleculeRow> rows(Profile profile) {
        // truncating a label ("…") needs a BreakIterator; the first one scans the JDK's locale providers (~50 ms)
        BreakIterator.getCharacterInstance();
        MoleculeAnalyzer analyzer = new MoleculeAnalyzer(AlertCatalog.loadDefault(), SaScorer.loadDefault(), false);
        List<ScoredMolecule> molecules = new ArrayList<>();
        for (String s : SMILES) {
            RawRecord record = new RawRecord(molecules.size() + 1, molecules.size() + 1, RecordFormat.SMILES, s, "",
                    null, null);
            if (analyzer.analyze(record) instanceof Analysis.Success ok) {
                molecules.add(new ScoredMolecule(ok.molecule(), profile.score(ok.molecule()), 0));
            }
        }
        List<MoleculeRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS && !molecules.isEmpty(); i++) {
            rows.add(new MoleculeRow(-1 - i, 0, molecules.get(i % molecules.size()), 0, List.of(), ""));
        }
        return rows;
    }

    private static void layOut(List<MoleculeRow> rows, MoleculeTable table, MoleculeTableViewModel model) {
        if (!model.allRows().isEmpty() || table.getScene() == null) {
            return;
        }
        model.allRows().setAll(rows);
        table.applyCss();
        table.layout();
        model.allRows().clear();
    }
}

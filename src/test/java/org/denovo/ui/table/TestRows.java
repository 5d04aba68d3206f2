package org.denovo.ui.table;

import java.util.List;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;

/** Table rows analysed and scored by the real core, for ViewModel tests. */
public final class TestRows {
    private static final MoleculeAnalyzer ANALYZER = MoleculeAnalyzer.withDefaults();

    private TestRows() {
    }

    public static MoleculeRow row(long id, String smiles, String name) throws Exception {
        Profile profile = new ProfileLoader().load(ProfileLoader.DEFAULT);
        AnalyzedMolecule m = ANALYZER.analyzeCanonical(
                org.denovo.core.chem.structure.Molecules.canonicalSmiles(org.denovo.core.chem.structure.Molecules.parseSmiles(smiles)),
                name, null);
        return new MoleculeRow(id, 1, new ScoredMolecule(m, profile.score(m), 0), false, 0, List.of(), "");
    }
}

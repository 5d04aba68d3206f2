package org.denovo.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.score.ComponentScore;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;

/** Real analysed molecules for library tests. */
final class TestMolecules {
    static final List<String> DRUGS = List.of("CC(=O)Oc1ccccc1C(=O)O", "CN1CCC[C@H]1c1cccnc1", "CC(C)Cc1ccc(cc1)C(C)C(=O)O",
            "CN1C(=O)N(C)c2ncn(C)c2C1=O", "OC(=O)c1ccccc1O", "c1ccc2ccccc2c1", "CCN(CC)CC", "Clc1ccc(Cl)cc1",
            "CC(=O)Nc1ccc(O)cc1", "O=C(O)CCc1ccccc1", "c1ccncc1", "CCOC(=O)c1ccccc1N", "CC(C)(C)NCC(O)c1ccc(O)c(CO)c1",
            "COc1ccc2[nH]cc(CCN)c2c1", "NC(=O)c1cccnc1", "OCC1OC(O)C(O)C(O)C1O", "C1CCCCC1", "CCCCCCCCO",
            "Brc1ccccc1", "FC(F)(F)c1ccccc1", "CS(=O)(=O)N", "CC#N", "c1ccc(cc1)-c1ccccc1", "O=C1NC(=O)C=C1");
    private static final ThreadLocal<MoleculeAnalyzer> ANALYZER = ThreadLocal.withInitial(MoleculeAnalyzer::withDefaults);

    private TestMolecules() {
    }

    static AnalyzedMolecule analyzed(String smiles, String name) {
        Analysis a = ANALYZER.get().analyze(new InputRecord(1, 1, Notation.SMILES, smiles, name, Map.of("source", "test"), null));
        if (!(a instanceof Analysis.Success ok)) {
            throw new IllegalArgumentException(smiles + ": " + ((Analysis.Failure) a).reason());
        }
        return ok.molecule();
    }

    static ScoredMolecule scored(String smiles, double score) {
        return new ScoredMolecule(analyzed(smiles, "mol-" + smiles.length()),
                new Score(score, List.of(new ComponentScore("qed", 0.4, score, 1.0)), null), 0);
    }

    static List<RunMember> members(List<String> smiles) {
        List<RunMember> out = new ArrayList<>();
        for (int i = 0; i < smiles.size(); i++) {
            out.add(RunMember.of(scored(smiles.get(i), 1.0 - i / 100.0)));
        }
        return out;
    }
}

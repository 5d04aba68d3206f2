package org.denovo.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Molecule;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static ScoredMolecule m(String smiles, double total, String filter) {
        AnalyzedMolecule a = new AnalyzedMolecule(new Molecule(smiles, "", ""), "", null, Double.NaN, null, null, null, null, null);
        return new ScoredMolecule(a, new Score(total, List.of(), filter), 0);
    }

    @Test
    void bestFirstThenFailedThenFiltered() {
        List<ScoredMolecule> ranked = Ranking.rank(List.of(
                m("C", 0.2, null), m("N", 0.0, "PAINS"), m("O", Double.NaN, null), m("S", 0.9, null), m("P", 0.5, null)));
        assertEquals(List.of("S", "P", "C", "O", "N"), ranked.stream().map(s -> s.molecule().smiles()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), ranked.stream().map(ScoredMolecule::rank).toList());
    }

    @Test
    void tiesBreakBySmilesSoRankingIsDeterministic() {
        List<ScoredMolecule> a = Ranking.rank(List.of(m("CC", 0.5, null), m("CN", 0.5, null)));
        List<ScoredMolecule> b = Ranking.rank(List.of(m("CN", 0.5, null), m("CC", 0.5, null)));
        assertEquals(a.get(0).molecule().smiles(), b.get(0).molecule().smiles());
    }
}

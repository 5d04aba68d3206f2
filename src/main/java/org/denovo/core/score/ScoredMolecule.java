package org.denovo.core.score;

import org.denovo.core.chem.AnalyzedMolecule;

/** A molecule with its score and its rank in a result set (1 = best; 0 = not ranked yet). */
public record ScoredMolecule(AnalyzedMolecule molecule, Score score, int rank) {
    public ScoredMolecule withRank(int newRank) {
        return new ScoredMolecule(molecule, score, newRank);
    }
}

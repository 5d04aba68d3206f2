package org.denovo.core.library;

import org.denovo.core.score.ScoredMolecule;

/**
 * One molecule as a run produced it: its score (and rank, when known), the optimisation round and the
 * molecule it was derived from. The name and tags of {@code scored.molecule()} are the run's view of it.
 *
 * @param round         optimisation round, or null
 * @param parentSmiles  canonical SMILES of the parent molecule (already in the library), or null
 */
public record RunMember(ScoredMolecule scored, Integer round, String parentSmiles) {
    public static RunMember of(ScoredMolecule scored) {
        return new RunMember(scored, null, null);
    }

    /** A molecule made in {@code round} from {@code parentSmiles} (which must already be in the library). */
    public static RunMember derived(ScoredMolecule scored, int round, String parentSmiles) {
        return new RunMember(scored, round, parentSmiles);
    }
}

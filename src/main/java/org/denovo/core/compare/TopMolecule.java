package org.denovo.core.compare;

/**
 * One of a run's best molecules.
 *
 * @param rank       rank in its run (1 = best)
 * @param similarity similarity to the nearest lead of the compared runs; NaN when there is no lead
 * @param round      optimisation round, or -1
 */
public record TopMolecule(int rank, String smiles, String name, double score, boolean filtered, double qed,
                          double saScore, double similarity, int round) {
}

package org.denovo.core.optimize;

import org.denovo.core.score.ScoredMolecule;

/**
 * One scored proposal.
 *
 * @param similarity Tanimoto (ECFP4) to the lead
 * @param operation  what made it: "completion", or a graph edit such as "mutate:atom" or "mutate:ring"
 * @param fitness    what the search ranks by: the score; 0 when filtered or failed, not eligible, or beyond its
 *                   scaffold bucket
 * @param eligible   meets the similarity bound and keeps the kept substructure: may be reported
 */
public record Candidate(ScoredMolecule scored, double similarity, int round, String parentSmiles, String operation,
                        double fitness, boolean eligible) {
    Candidate withFitness(double newFitness) {
        return new Candidate(scored, similarity, round, parentSmiles, operation, newFitness, eligible);
    }

    public String smiles() {
        return scored.molecule().smiles();
    }

    /** The profile's score, 0 when filtered or failed. */
    public double score() {
        double s = scored.score().total();
        return scored.score().filtered() || Double.isNaN(s) ? 0 : s;
    }
}

package org.denovo.core.run;

import java.util.List;
import java.util.Map;

/**
 * The end of an optimisation run.
 *
 * @param leads    per lead: the lead as given, its standardised SMILES, its score, and the best reportable molecule
 * @param reported molecules that meet the similarity bound and keep the kept substructure (the output file's)
 */
public record OptimizeOutcome(long runId, String runName, long seed, List<LeadResult> leads, int scored, int reported,
                              double seconds, Map<Long, Integer> ranks) {

    /** One lead's result; {@code bestSmiles} is empty when nothing met the constraints. */
    public record LeadResult(String given, String smiles, double leadScore, String bestSmiles, double bestScore,
                             double bestSimilarity, int scored, int rounds) {
    }

    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d lead%s, %,d molecules scored, %,d within the constraints, %.1f s (seed %d)",
                leads.size(), leads.size() == 1 ? "" : "s", scored, reported, seconds, seed);
    }
}

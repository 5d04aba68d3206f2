package org.denovo.core.library;

/** A stored run as listed: identity, state, provenance and how many molecules it holds. Times are epoch ms. */
public record RunSummary(long id, RunKind kind, String name, RunStatus status, long created, Long finished,
                         long molecules, String configJson, String modelId, String modelHash, Long seed,
                         Long parentRun, String notes, Long sampled, Long valid, Double medianScore) {
    /** Valid strings over sampled strings, or NaN when the run did not sample (import, score). */
    public double validity() {
        return sampled == null || valid == null || sampled == 0 ? Double.NaN : (double) valid / sampled;
    }
}

package org.denovo.core.library;

/** A stored run as listed: identity, state, provenance and how many molecules it holds. Times are epoch ms. */
public record RunSummary(long id, RunKind kind, String name, RunStatus status, long created, Long finished,
                         long molecules, String configJson, String modelId, String modelHash, Long seed,
                         Long parentRun, String notes, Long sampled, Long valid, Double medianScore) {
    /** The same run with another molecule count (a running run's count as its batches are stored). */
    public RunSummary withMolecules(long count) {
        return new RunSummary(id, kind, name, status, created, finished, count, configJson, modelId, modelHash, seed,
                parentRun, notes, sampled, valid, medianScore);
    }

    /** Valid strings over sampled strings, or NaN when the run did not sample (import, score). */
    public double validity() {
        return sampled == null || valid == null || sampled == 0 ? Double.NaN : (double) valid / sampled;
    }
}

package org.denovo.core.run;

import java.util.Map;

/**
 * How a generate run ended: its counts, its library run (id 0 when not stored) and each stored molecule's rank.
 */
public record GenerateOutcome(GenerateSummary summary, long runId, String runName, Map<Long, Integer> ranks) {
    public GenerateOutcome {
        ranks = Map.copyOf(ranks);
    }
}

package org.denovo.core.compare;

import java.util.List;

/**
 * Two or more runs side by side. Every per-run list is in comparison order (the order the runs were given).
 *
 * @param runs          each run's numbers, rounds and best molecules
 * @param settings      the settings it was made with (top, hit threshold, trade-off axis as asked)
 * @param alertSets     the alert sets found in any run, in catalogue order
 * @param distributions score and properties, on shared bins
 * @param tradeOff      score against similarity to the lead (or a property), with Pareto fronts
 * @param space         the joint chemical-space map
 * @param overlap       shared and unique molecules and scaffolds
 */
public record RunComparison(List<RunStatistics> runs, CompareSettings settings, List<String> alertSets,
                            List<Distribution> distributions, TradeOff tradeOff, ChemicalSpace space, Overlap overlap) {
    public RunComparison {
        runs = List.copyOf(runs);
        alertSets = List.copyOf(alertSets);
        distributions = List.copyOf(distributions);
    }

    /** Whether any run proceeded in rounds (an optimisation run). */
    public boolean hasRounds() {
        return runs.stream().anyMatch(r -> !r.rounds().isEmpty());
    }
}

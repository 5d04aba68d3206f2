package org.denovo.core.compare;

import java.util.List;

/**
 * Score against a second objective, for every run, with each run's Pareto front (both maximised). The second
 * objective is the similarity to the nearest lead when the compared runs include optimisation runs, else a property.
 *
 * @param axis  what x is: "similarity" or a descriptor column such as "qed"
 * @param label x as a chart labels it
 * @param runs  per run, in comparison order
 */
public record TradeOff(String axis, String label, List<RunPoints> runs) {
    public TradeOff {
        runs = List.copyOf(runs);
    }

    /**
     * One run on the chart.
     *
     * @param molecules scored molecules with both values (all of them are used for the front)
     * @param shown     the ones drawn: a stable sample of at most {@link #SHOWN} plus the whole front
     * @param front     the Pareto front, by x ascending
     * @param leads     the run's leads (x and their score), drawn as markers
     */
    public record RunPoints(int molecules, List<Point> shown, List<Point> front, List<Point> leads) {
        public RunPoints {
            shown = List.copyOf(shown);
            front = List.copyOf(front);
            leads = List.copyOf(leads);
        }
    }

    /** Points drawn per run at most, so that a report of large runs stays small and quick to open. */
    public static final int SHOWN = 1500;
}

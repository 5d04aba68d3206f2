package org.denovo.ui.optimize;

/**
 * One finished round as the panel's chart shows it.
 *
 * @param best   the best score within the constraints so far (NaN before the first)
 * @param median the median score of the round's molecules within the constraints (NaN when none)
 * @param scored molecules scored so far
 */
public record RoundProgress(int round, double best, double median, int scored) {
}

package org.denovo.core.compare;

/**
 * One round of an optimisation run (round 0 holds the leads).
 *
 * @param molecules molecules the round added
 * @param scored    of those, the ones with a score that counts (computed, not filtered)
 * @param best      the round's best score; NaN when none was scored
 * @param median    the median of its scores; NaN when none was scored
 */
public record RoundStatistics(int round, int molecules, int scored, double best, double median) {
}

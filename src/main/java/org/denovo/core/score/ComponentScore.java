package org.denovo.core.score;

/** A component's raw value, its transformed desirability in [0, 1] (NaN if it failed), and its weight. */
public record ComponentScore(String name, double raw, double score, double weight) {
}

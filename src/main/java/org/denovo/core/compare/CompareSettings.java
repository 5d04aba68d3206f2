package org.denovo.core.compare;

import java.util.List;

/**
 * How runs are compared.
 *
 * @param top       best molecules listed per run
 * @param threshold a hit scores at least this
 * @param versus    the trade-off's second objective: {@code similarity} (to the nearest lead of the compared
 *                  optimisation runs) or a property where more is better ({@link #PROPERTIES}); null picks
 *                  similarity when there are leads, else QED
 * @param threads   threads for the per-molecule work (scaffolds)
 */
public record CompareSettings(int top, double threshold, String versus, int threads) {
    public static final int DEFAULT_TOP = 10;
    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final String SIMILARITY = "similarity";
    /** Properties the trade-off can take as its second objective (both objectives are maximised). */
    public static final List<String> PROPERTIES = List.of("qed", "fsp3");

    public CompareSettings {
        if (top < 0) {
            throw new IllegalArgumentException("the number of top molecules must be 0 or more, not " + top);
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the hit threshold must be a number, not " + threshold);
        }
        if (versus != null && !versus.equals(SIMILARITY) && !PROPERTIES.contains(versus)) {
            throw new IllegalArgumentException("cannot weigh the score against '" + versus + "'; use " + SIMILARITY
                    + " or one of " + String.join(", ", PROPERTIES));
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public static CompareSettings defaults() {
        return new CompareSettings(DEFAULT_TOP, DEFAULT_THRESHOLD, null, Runtime.getRuntime().availableProcessors());
    }
}

package org.denovo.core.run;

import java.util.Locale;
import java.util.Optional;
import org.denovo.core.score.Score;

/**
 * An optimisation's constraint that a molecule missed (similarity to its lead, the kept substructure), stored as the
 * molecule's filter so that it ranks last; kept when the run is scored again with another profile.
 */
final class ConstraintMiss {
    static final String KEPT_SUBSTRUCTURE = "the kept substructure changed";
    private static final String SIMILARITY = "similarity ";
    private static final String WOULD = " (score would be ";

    private ConstraintMiss() {
    }

    static String similarity(double similarity, double minimum) {
        return String.format(Locale.ROOT, SIMILARITY + "%.2f to the lead, below %.2f", similarity, minimum);
    }

    /** The score filtered by the missed constraint, noting what it would have been. */
    static Score applied(Score score, String miss) {
        if (score.filtered()) {
            return score; // the profile's own filter says more
        }
        String would = Double.isNaN(score.total()) ? "" : String.format(Locale.ROOT, WOULD + "%.3f)", score.total());
        return new Score(0, score.components(), miss + would);
    }

    /** The constraint a stored score records as missed, if any. */
    static Optional<String> of(Score score) {
        String reason = score.filteredBy();
        if (reason == null || !(reason.startsWith(SIMILARITY) || reason.startsWith(KEPT_SUBSTRUCTURE))) {
            return Optional.empty();
        }
        int would = reason.indexOf(WOULD);
        return Optional.of(would < 0 ? reason : reason.substring(0, would));
    }
}

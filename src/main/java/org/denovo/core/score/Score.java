package org.denovo.core.score;

import java.util.List;

/**
 * A molecule's score under a profile. {@code filteredBy} names the hard filter it failed, or is null;
 * a filtered molecule scores 0. A total of NaN means a component could not be computed.
 */
public record Score(double total, List<ComponentScore> components, String filteredBy) {
    public Score {
        components = List.copyOf(components);
    }

    public boolean filtered() {
        return filteredBy != null;
    }

    public boolean failed() {
        return !filtered() && Double.isNaN(total);
    }
}

package org.denovo.core.score;

import java.util.ArrayList;
import java.util.List;
import org.denovo.core.chem.AnalyzedMolecule;

/** A scoring profile: weighted, transformed components aggregated into one score, behind hard filters. Thread-safe. */
public record Profile(String name, String description, String source, Aggregation aggregation,
                      List<WeightedComponent> components, List<HardFilter> filters) {
    public Profile {
        components = List.copyOf(components);
        filters = List.copyOf(filters);
    }

    public Score score(AnalyzedMolecule molecule) {
        List<ComponentScore> scores = new ArrayList<>(components.size());
        for (WeightedComponent c : components) {
            scores.add(c.evaluate(molecule));
        }
        for (HardFilter f : filters) {
            if (!f.passes(molecule)) {
                return new Score(0.0, scores, f.name());
            }
        }
        return new Score(aggregation.combine(scores), scores, null);
    }
}

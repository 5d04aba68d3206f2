package org.denovo.core.score;

/** A component as used by a profile: what to measure, how to transform it, how much it counts. */
public record WeightedComponent(ScoreComponent component, Transform transform, double weight) {
    public ComponentScore evaluate(org.denovo.core.chem.AnalyzedMolecule molecule) {
        double raw;
        try {
            raw = component.raw(molecule);
        } catch (RuntimeException e) {
            raw = Double.NaN;
        }
        return new ComponentScore(component.name(), raw, transform.apply(raw), weight);
    }
}

package org.denovo.core.score;

import org.denovo.core.chem.AnalyzedMolecule;

/** A mask: a molecule passes when the component's raw value lies in [min, max]. NaN fails. */
public record HardFilter(String name, ScoreComponent component, double min, double max) {
    public boolean passes(AnalyzedMolecule molecule) {
        double v;
        try {
            v = component.raw(molecule);
        } catch (RuntimeException e) {
            return false;
        }
        return !Double.isNaN(v) && v >= min && v <= max;
    }
}

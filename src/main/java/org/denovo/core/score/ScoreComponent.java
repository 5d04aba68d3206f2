package org.denovo.core.score;

import org.denovo.core.chem.AnalyzedMolecule;

/** One measurable aspect of a molecule. Returns NaN when it cannot be computed. Thread-safe. */
public interface ScoreComponent {
    String name();

    double raw(AnalyzedMolecule molecule);
}

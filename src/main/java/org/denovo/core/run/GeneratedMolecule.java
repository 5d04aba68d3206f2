package org.denovo.core.run;

import org.denovo.core.score.ScoredMolecule;

/** A valid, new-to-this-run molecule from the generator: its first sample index, whether it is novel, and its score. */
public record GeneratedMolecule(long sampleIndex, boolean novel, ScoredMolecule scored) {
}

package org.denovo.core.optimize;

import java.util.List;
import org.denovo.core.score.ScoredMolecule;

/** Checks and scores SMILES: one result per input, in order; null where a string is not a usable molecule. */
@FunctionalInterface
public interface MoleculeEvaluator {
    List<ScoredMolecule> evaluate(List<String> smiles) throws Exception;
}

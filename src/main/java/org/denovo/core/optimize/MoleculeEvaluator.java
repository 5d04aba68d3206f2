package org.denovo.core.optimize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.score.ScoredMolecule;

/** Checks and scores SMILES: one result per input, in order; null where a string is not a usable molecule. */
@FunctionalInterface
public interface MoleculeEvaluator {
    List<ScoredMolecule> evaluate(List<String> smiles) throws Exception;

    /**
     * A batch filled while the generator still samples, so checking can overlap sampling. This default checks
     * the whole batch when asked for the results; an evaluator with its own threads starts on each string as it
     * is added.
     */
    default Batch batch() {
        List<String> added = new ArrayList<>();
        return new Batch() {
            @Override
            public void add(String smiles) {
                added.add(smiles);
            }

            @Override
            public Map<String, ScoredMolecule> results() throws Exception {
                List<ScoredMolecule> scored = evaluate(added);
                Map<String, ScoredMolecule> out = new HashMap<>();
                for (int i = 0; i < added.size(); i++) {
                    out.put(added.get(i), scored.get(i));
                }
                return out;
            }
        };
    }

    /** Strings to check, added one by one (each once), then the results of all of them. */
    interface Batch {
        void add(String smiles);

        /** Waits for the checks; every added string is a key, mapped to null when it is not a usable molecule. */
        Map<String, ScoredMolecule> results() throws Exception;
    }
}

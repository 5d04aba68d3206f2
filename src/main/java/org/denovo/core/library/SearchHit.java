package org.denovo.core.library;

import java.util.List;

/** A search result: molecule id, SMILES, Tanimoto similarity (1 for substructure hits) and the runs holding it. */
public record SearchHit(long id, String smiles, double similarity, List<Long> runs) {
    public SearchHit {
        runs = List.copyOf(runs);
    }
}

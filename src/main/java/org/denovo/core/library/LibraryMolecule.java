package org.denovo.core.library;

import java.util.List;
import org.denovo.core.score.ScoredMolecule;

/**
 * A molecule read back from the library, as seen in one run ({@code runId}): its score, rank, name and
 * input tags there, plus the curation that belongs to the molecule itself (star, rating from 0 to 5, notes, tags).
 */
public record LibraryMolecule(long id, long runId, ScoredMolecule scored, boolean starred, int rating, String notes,
                              List<String> tags) {
    public LibraryMolecule {
        tags = List.copyOf(tags);
    }

    public String smiles() {
        return scored.molecule().smiles();
    }
}

package org.denovo.core.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.denovo.core.chem.GraphMutator;
import org.denovo.core.chem.SubstructureQuery;

/**
 * Proposals by graph mutation ({@link GraphMutator}): each parent gets a number of single edits, each from its
 * own draw of the round's random stream, so the same stream gives the same proposals. Mutants that lose the kept
 * substructure are not proposed. Not thread-safe.
 */
final class MutationProposer {
    private final GraphMutator mutator;
    private final int perParent;

    MutationProposer(SubstructureQuery keep, int perParent) {
        this.mutator = new GraphMutator(keep);
        this.perParent = perParent;
    }

    List<Proposal> propose(List<String> parents, int round, SplittableRandom random) {
        List<Proposal> out = new ArrayList<>();
        for (String parent : parents) {
            for (int i = 0; i < perParent; i++) {
                GraphMutator.Mutant m = mutator.mutate(parent, random);
                if (m != null) {
                    out.add(new Proposal(m.smiles(), parent, round, m.operation()));
                }
            }
        }
        return out;
    }
}

package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.Test;

class GraphMutatorTest {
    private static final String LEAD = "CC(=O)Nc1ccc(OCC2CCCN2)cc1";

    private static List<GraphMutator.Mutant> mutants(GraphMutator mutator, String smiles, long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GraphMutator.Mutant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(mutator.mutate(smiles, random));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameMutants() {
        GraphMutator mutator = new GraphMutator(null);
        assertEquals(mutants(mutator, LEAD, 7, 40), mutants(new GraphMutator(null), LEAD, 7, 40));
        assertNotEquals(mutants(mutator, LEAD, 7, 40), mutants(mutator, LEAD, 8, 40));
    }

    @Test
    void mutantsAreReadableNewMoleculesFromEveryKindOfEdit() throws Exception {
        String lead = Molecules.canonicalSmiles(Molecules.parseSmiles(LEAD));
        Set<String> operations = new HashSet<>();
        Set<String> distinct = new HashSet<>();
        for (GraphMutator.Mutant m : mutants(new GraphMutator(null), LEAD, 1, 300)) {
            assertNotNull(m);
            String canonical = Molecules.canonicalSmiles(Molecules.parseSmiles(m.smiles()));
            assertNotEquals(lead, canonical, m.toString());
            assertEquals(null, ValenceCheck.problem(Molecules.parseSmiles(m.smiles())), m.toString());
            operations.add(m.operation());
            distinct.add(canonical);
        }
        assertEquals(Set.of("mutate:atom", "mutate:append", "mutate:delete", "mutate:insert", "mutate:bond",
                "mutate:ring"), operations);
        assertTrue(distinct.size() > 60, "only " + distinct.size() + " distinct mutants");
    }

    @Test
    void everyMutantKeepsTheKeptSubstructure() throws Exception {
        // the amide and the ring with the amide on it are kept; without the rule many mutants would change them
        SubstructureQuery keep = SubstructureQuery.compile("CC(=O)Nc1ccccc1");
        int checked = 0;
        for (GraphMutator.Mutant m : mutants(new GraphMutator(keep), LEAD, 3, 300)) {
            if (m == null) {
                continue;
            }
            checked++;
            assertTrue(keep.matches(Molecules.parseSmiles(m.smiles())), m.toString());
        }
        assertTrue(checked > 200, "only " + checked + " mutants");
        int broken = 0;
        for (GraphMutator.Mutant m : mutants(new GraphMutator(null), LEAD, 3, 300)) {
            broken += keep.matches(Molecules.parseSmiles(m.smiles())) ? 0 : 1;
        }
        assertTrue(broken > 30, "without a kept substructure the core should often change, changed " + broken);
    }
}

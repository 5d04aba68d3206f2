package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    @Test
    void mutantsAddNoAlkylatingHalideNoHeteroatomChainBondAndNoBridge() throws Exception {
        Map<String, SubstructureQuery> unwanted = Map.of(
                "Cl, Br or I off an aromatic ring", SubstructureQuery.compile("[Cl,Br,I]-[!a]"),
                "chain bond between N, O or halogens", SubstructureQuery.compile("[#7,#8,#9,#17,#35,#53]!:[#7,#8,#9,#17,#35,#53]"),
                "sulfur singly bonded to O, S or a halogen", SubstructureQuery.compile("[#16]-[#8,#16,#9,#17,#35,#53]"));
        int checked = 0;
        for (String lead : List.of(LEAD, "CCCCCC(=O)NCc1ccccc1", "OC1CCCCC1CCCN", "CS(=O)(=O)Nc1ccc(CCO)cc1")) {
            Map<String, Integer> before = counts(unwanted, lead);
            for (GraphMutator.Mutant m : mutants(new GraphMutator(null), lead, 5, 400)) {
                if (m == null) {
                    continue;
                }
                checked++;
                Map<String, Integer> after = counts(unwanted, m.smiles());
                for (String kind : unwanted.keySet()) {
                    assertTrue(after.get(kind) <= before.get(kind), kind + " added: " + lead + " -> " + m);
                }
                assertTrue(!bridged(Molecules.parseSmiles(m.smiles())), "bridged ring system: " + lead + " -> " + m);
            }
        }
        assertTrue(checked > 1200, "only " + checked + " mutants");
    }

    private static Map<String, Integer> counts(Map<String, SubstructureQuery> queries, String smiles) throws Exception {
        String canonical = Molecules.canonicalSmiles(Molecules.parseSmiles(smiles));
        Map<String, Integer> out = new java.util.HashMap<>();
        queries.forEach((k, q) -> out.put(k, q.matchedAtomsCanonical(canonical, 1000).size()));
        return out;
    }

    /** Two smallest rings sharing three or more atoms. */
    private static boolean bridged(org.openscience.cdk.interfaces.IAtomContainer mol) {
        int[][] rings = org.openscience.cdk.graph.Cycles.sssr(mol).paths();
        for (int i = 0; i < rings.length; i++) {
            for (int j = i + 1; j < rings.length; j++) {
                Set<Integer> a = new HashSet<>();
                for (int k = 1; k < rings[i].length; k++) {
                    a.add(rings[i][k]);
                }
                int shared = 0;
                for (int k = 1; k < rings[j].length; k++) {
                    shared += a.contains(rings[j][k]) ? 1 : 0;
                }
                if (shared >= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}

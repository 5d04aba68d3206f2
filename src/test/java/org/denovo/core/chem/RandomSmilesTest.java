package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.Test;

class RandomSmilesTest {
    private static final String LEAD = "CC(=O)Nc1ccc(OCc2ccccc2)cc1";

    @Test
    void everyStringIsTheSameMoleculeWrittenDifferently() throws Exception {
        String canonical = Molecules.canonicalSmiles(Molecules.parseSmiles(LEAD));
        RandomSmiles writer = new RandomSmiles(canonical, null);
        SplittableRandom random = new SplittableRandom(1);
        Set<String> strings = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String s = writer.next(random);
            strings.add(s);
            assertEquals(canonical, Molecules.canonicalSmiles(Molecules.parseSmiles(s)), s);
        }
        assertTrue(strings.size() > 20, "only " + strings.size() + " different strings");
    }

    @Test
    void ringNumbersAreReusedLowestFirstAsTheModelLearnedThem() throws Exception {
        assertEquals("c1ccccc1-c1ccccc1", RandomSmiles.lowestRingNumbers("c1ccccc1-c2ccccc2"));
        assertEquals("C1CC2CC1CC2", RandomSmiles.lowestRingNumbers("C3CC4CC3CC4"));
        assertEquals("c1ccc(Cc2ccccc2)cc1", RandomSmiles.lowestRingNumbers("c1ccc(Cc2ccccc2)cc1"));
        // a number closed at an atom is not reopened at the same atom (C11 would be a ring from C to itself)
        assertEquals("C1CC12CC2", RandomSmiles.lowestRingNumbers("C1CC12CC2"));
        assertEquals("C1CC1=2CC=2", RandomSmiles.lowestRingNumbers("C1CC1=3CC=3"));
        // digits inside brackets are isotopes, charges and hydrogen counts, not rings; two-digit numbers stay valid
        assertEquals("[13CH3]c1cc[nH+]c1-c1cc[2H]c1", RandomSmiles.lowestRingNumbers("[13CH3]c1cc[nH+]c1-c2cc[2H]c2"));
        assertEquals("C1CC1C1CC1", RandomSmiles.lowestRingNumbers("C1CC1C%10CC%10"));
        assertTrue(new RandomSmiles("[14CH3]c1ccccc1", null).next(new SplittableRandom(1)).contains("[14CH3]"),
                "isotopes are kept");
        String fused = "O=C(Nc1ccc2c(c1)CCC2)c3ccc4[nH]ccc4c3";
        String rewritten = RandomSmiles.lowestRingNumbers(fused);
        assertEquals("O=C(Nc1ccc2c(c1)CCC2)c1ccc2[nH]ccc2c1", rewritten);
        assertEquals(Molecules.canonicalSmiles(Molecules.parseSmiles(fused)),
                Molecules.canonicalSmiles(Molecules.parseSmiles(rewritten)));
        RandomSmiles writer = new RandomSmiles(Molecules.canonicalSmiles(Molecules.parseSmiles(LEAD)), null);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            String s = writer.next(random);
            assertTrue(s.chars().noneMatch(c -> c >= '3' && c <= '9'), "at most two rings are open at once: " + s);
        }
    }

    @Test
    void keptAtomsStartTheString() throws Exception {
        SubstructureQuery amide = SubstructureQuery.compile("C(=O)N");
        RandomSmiles writer = new RandomSmiles(LEAD, amide);
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 30; i++) {
            String s = writer.next(random);
            assertTrue(s.startsWith("C") || s.startsWith("O") || s.startsWith("N"), s);
            assertTrue(!s.startsWith("c"), s);
        }
    }

    @Test
    void scaffoldsKeepRingsAndLinkersOnly() {
        assertEquals(MurckoScaffold.of("c1ccc(COc2ccccc2)cc1"), MurckoScaffold.of(LEAD));
        assertEquals(MurckoScaffold.of("c1ccccc1"), MurckoScaffold.of("CC(C)Cc1ccc(cc1)C(C)C(=O)O"));
        assertEquals(MurckoScaffold.of("O=C1CCCN1"), MurckoScaffold.of("O=C1CCCN1C"));
        assertEquals("", MurckoScaffold.of("CCCCO"));
    }

    @Test
    void aScaffoldQueryHoldsTheRingsAndLinkersWhateverTheSubstituents() throws Exception {
        String indole = Molecules.canonicalSmiles(Molecules.parseSmiles("Cc1c[nH]c2ccc(OCc3ccccc3)cc12"));
        String smarts = MurckoScaffold.query(indole);
        assertFalse(smarts.contains("H"), smarts);
        SubstructureQuery q = SubstructureQuery.compile(smarts);
        assertTrue(q.matches(indole));
        assertTrue(q.matches("CCn1cc(C(=O)N)c2cc(OCc3ccc(F)cc3)ccc12"), "substituents may change, also on the ring NH");
        assertFalse(q.matches("Cc1c[nH]c2ccc(OCc3ccccn3)cc12"), "a ring atom changed");
        assertFalse(q.matches("Cc1c[nH]c2ccc(OCCc3ccccc3)cc12"), "the linker changed");
        String charged = MurckoScaffold.query("C[N+]1(C)CCCC1");
        assertTrue(charged.contains("[N+]") && !charged.contains("H"), charged);
        assertEquals("", MurckoScaffold.query("CCCCO"));
    }
}

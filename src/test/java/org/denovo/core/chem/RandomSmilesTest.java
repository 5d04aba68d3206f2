package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}

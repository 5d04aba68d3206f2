package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.denovo.core.chem.structure.Molecules;
import org.denovo.core.chem.smarts.TargetGraph;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.smarts.Smarts;

/** A two-bond path must be present as such; bonds of the right kinds on different atoms are not enough. */
class PathScreenTest {
    @Test
    void amideNeedsTheCarbonylAndTheNitrogenOnOneCarbon() throws Exception {
        int[][] amide = requirements("O=C-N");
        assertEquals(1, amide.length);
        assertTrue(mayMatch(amide, "CC(=O)NC"));
        // C=O and C-N bonds both present (the bond screen passes), but never on one carbon
        assertFalse(mayMatch(amide, "CC(=O)CCN"));
        assertFalse(mayMatch(amide, "CCO"));
    }

    @Test
    void aromaticAndAliphaticAreTold() throws Exception {
        int[][] pyridineN = requirements("c:n:c");
        assertTrue(mayMatch(pyridineN, "c1ccncc1"));
        assertFalse(mayMatch(pyridineN, "C1CCNCC1"));
        assertFalse(mayMatch(requirements("C-N-C"), "c1ccncc1"));
    }

    @Test
    void whatItCannotPinDownItDoesNotRequire() throws Exception {
        assertEquals(0, requirements("*~*~*").length);
        assertEquals(0, requirements("C=O").length); // one bond: the bond screen's job
        assertEquals(0, requirements("[!#6]-C-N").length);
    }

    private static int[][] requirements(String smarts) {
        QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
        assertTrue(Smarts.parse(query, smarts), smarts);
        return PathScreen.requirements(query);
    }

    private static boolean mayMatch(int[][] requirements, String smiles) throws Exception {
        return PathScreen.mayMatch(requirements, PathScreen.features(TargetGraph.of(Molecules.parseSmiles(smiles))));
    }
}

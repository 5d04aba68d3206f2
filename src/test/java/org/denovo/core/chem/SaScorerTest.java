package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmilesParser;
import org.denovo.core.chem.structure.Molecules;

/** Hand-checked SA scores (RDKit values in comments) and the scorer's contract. */
class SaScorerTest {
    private static final SaScorer SA = SaScorer.loadDefault();
    private static final String PACLITAXEL = "CC1=C2[C@@]([C@]([C@H]([C@@H]3[C@]4([C@H](OC4)C[C@@H]([C@]3(C(=O)"
            + "[C@@H]2OC(=O)C)C)O)OC(=O)C)OC(=O)c5ccccc5)(C[C@@H]1OC(=O)[C@H](O)[C@@H](NC(=O)c6ccccc6)c7ccccc7)O)(C)C";
    private static final String ERYTHROMYCIN = "CC[C@@H]1[C@@]([C@@H]([C@H](C(=O)[C@@H](C[C@@]([C@@H]([C@H]([C@@H]"
            + "([C@H](C(=O)O1)C)O[C@H]2C[C@@]([C@H]([C@@H](O2)C)O)(C)OC)C)O[C@H]3[C@@H]([C@H](C[C@H](O3)C)N(C)C)O)"
            + "(C)O)C)C)O)(C)O";

    private static double sa(String smiles) throws Exception {
        return SA.score(Molecules.parseSmiles(smiles));
    }

    @Test
    void simpleMoleculesAreEasy() throws Exception {
        assertTrue(sa("c1ccccc1") < 2.5, "benzene (RDKit 1.00)");
        assertTrue(sa("CCO") < 2.5, "ethanol (RDKit 1.98)");
        assertTrue(sa("CC(=O)Oc1ccccc1C(=O)O") < 2.5, "aspirin (RDKit 1.58)");
    }

    @Test
    void complexNaturalProductsAreHard() throws Exception {
        assertTrue(sa(PACLITAXEL) > 5, "paclitaxel (RDKit 5.92)");
        assertTrue(sa(ERYTHROMYCIN) > 5, "erythromycin (RDKit 6.09)");
    }

    @Test
    void stereocentresMakeIsomersHarder() throws Exception {
        assertTrue(sa("CCCC(C)O") > sa("CCC(O)CC"), "pentan-2-ol (1 centre, RDKit 2.67) vs pentan-3-ol (RDKit 2.36)");
        assertTrue(sa("CCCCC(C)CC") > sa("CCCC(C)CCC"), "3-methylheptane (RDKit 2.25) vs 4-methylheptane (RDKit 1.91)");
        assertTrue(sa("CC(C)C1CCC(C)CC1O") > sa("CC1CCCCC1O"), "menthol (3 centres) vs 2-methylcyclohexanol (2)");
    }

    @Test
    void countsStereocentresLikeRdkit() throws Exception {
        assertEquals(3, complexity("CC(C)C1CCC(C)CC1O").stereocentres(), "menthol");
        assertEquals(0, complexity("C[C@H]1CC[C@@H](C)CC1").stereocentres(), "cis-1,4-dimethylcyclohexane");
        assertEquals(1, complexity("C[S@@](=O)c1ccccc1").stereocentres(), "sulfoxide");
        assertEquals(2, complexity("C1CC2CCC1C2").bridgeheadAtoms(), "norbornane");
        assertEquals(1, complexity("C1CCC2(CC1)CCCC2").spiroAtoms(), "spiro[4.5]decane");
        assertEquals(1, complexity("C1CCCCCCCCCCC1").macrocycles(), "cyclododecane");
    }

    @Test
    void scoreIsWithinRangeAndLeavesMoleculeUnchanged() throws Exception {
        IAtomContainer mol = Molecules.parseSmiles(PACLITAXEL);
        String before = Molecules.canonicalSmiles(mol);
        double score = SA.score(mol);
        assertTrue(score >= 1 && score <= 10);
        assertEquals(before, Molecules.canonicalSmiles(mol));
        assertEquals(score, SA.score(mol), 0.0, "deterministic");
    }

    @Test
    void scoreDoesNotDependOnTheAppAromaticityModel() throws Exception {
        for (String smiles : List.of(PACLITAXEL, "Cc1ccc(-c2noc(C3CCN(C(=O)c4ccco4)C3)n2)cc1", "O=c1cc[nH]c2ccccc12")) {
            IAtomContainer other = new SmilesParser(Molecules.BUILDER).parseSmiles(smiles);
            Cycles.markRingAtomsAndBonds(other);
            new Aromaticity(ElectronDonation.piBonds(), Cycles.all()).apply(other);
            assertEquals(sa(smiles), SA.score(other), 1e-12, smiles);
        }
    }

    @Test
    void emptyMoleculeIsNaN() {
        assertTrue(Double.isNaN(SA.score(Molecules.BUILDER.newAtomContainer())));
        assertTrue(Double.isNaN(SA.score(null)));
    }

    @Test
    void loadDefaultIsSharedAndThreadSafe() throws Exception {
        assertSame(SA, SaScorer.loadDefault());
        List<String> smiles = List.of(PACLITAXEL, ERYTHROMYCIN, "CCO", "c1ccccc1", "CC(C)C1CCC(C)CC1O");
        double[] serial = new double[smiles.size()];
        for (int i = 0; i < serial.length; i++) {
            serial[i] = sa(smiles.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                @SuppressWarnings("unchecked")
                Future<Double>[] futures = new Future[smiles.size()];
                for (int i = 0; i < futures.length; i++) {
                    String s = smiles.get(i);
                    futures[i] = pool.submit(() -> sa(s));
                }
                for (int i = 0; i < futures.length; i++) {
                    assertEquals(serial[i], futures[i].get(), 0.0);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SaComplexity complexity(String smiles) throws Exception {
        return SaFeatures.of(Molecules.parseSmiles(smiles)).complexity();
    }
}

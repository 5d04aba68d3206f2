package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.structure.Molecules;

/** Hand-checked molecules (values reasoned out and confirmed with RDKit 2022.09). */
class PropertyCalculatorTest {
    private final PropertyCalculator calculator = new PropertyCalculator();

    private MolecularProperties props(String smiles) throws Exception {
        return calculator.calculate(Molecules.parseSmiles(smiles));
    }

    @Test
    void ethanol() throws Exception {
        MolecularProperties p = props("CCO");
        assertEquals(46.069, p.molWeight(), 1e-3); // 2 x 12.011 + 15.999 + 6 x 1.008
        assertEquals(3, p.heavyAtoms());
        assertEquals(0, p.rings());
        assertEquals(1, p.hbd()); // O-H
        assertEquals(1, p.hba()); // hydroxyl O on an sp3 carbon
        assertEquals(0, p.rotatableBonds()); // both bonds end in a terminal atom
        assertEquals(20.23, p.tpsa(), 1e-6); // one OH
        assertEquals(1.0, p.fsp3(), 1e-9);
        assertEquals(-0.0014, p.crippenLogP(), 1e-4);
    }

    @Test
    void benzene() throws Exception {
        MolecularProperties p = props("c1ccccc1");
        assertEquals(78.114, p.molWeight(), 1e-3);
        assertEquals(1, p.rings());
        assertEquals(1, p.aromaticRings());
        assertEquals(0, p.hbd());
        assertEquals(0, p.hba());
        assertEquals(0, p.rotatableBonds());
        assertEquals(0.0, p.fsp3(), 1e-9);
        assertEquals(1.6866, p.crippenLogP(), 1e-4); // 6 x (C18 0.1581 + H1 0.123)
    }

    @Test
    void aspirin() throws Exception {
        MolecularProperties p = props("CC(=O)Oc1ccccc1C(=O)O");
        assertEquals(180.159, p.molWeight(), 1e-3); // C9H8O4
        assertEquals(13, p.heavyAtoms());
        assertEquals(1, p.rings());
        assertEquals(1, p.aromaticRings());
        assertEquals(1, p.hbd()); // acid O-H
        assertEquals(3, p.hba()); // two carbonyl O and the ester O; the acid OH sits on C=O and does not count
        assertEquals(2, p.rotatableBonds()); // O-c(ar) and c(ar)-C(=O); the ester C(=O)-O is excluded as amide-like
        assertEquals(63.6, p.tpsa(), 1e-6); // 17.07 x 2 + 9.23 + 20.23
        assertEquals(1.0 / 9, p.fsp3(), 1e-9);
        assertEquals(0.5501, p.qed(), 1e-4);
    }

    @Test
    void caffeine() throws Exception {
        MolecularProperties p = props("Cn1c(=O)c2c(ncn2C)n(C)c1=O");
        assertEquals(194.194, p.molWeight(), 1e-3); // C8H10N4O2
        assertEquals(14, p.heavyAtoms());
        assertEquals(2, p.rings());
        assertEquals(2, p.aromaticRings()); // RDKit: C=O carbons give 0 electrons, the pyrimidinedione ring is aromatic
        assertEquals(0, p.hbd());
        assertEquals(6, p.hba()); // two carbonyl O, n without H, and the three N-methyl n
        assertEquals(0, p.rotatableBonds());
        assertEquals(61.82, p.tpsa(), 1e-6);
        assertEquals(0.375, p.fsp3(), 1e-9); // 3 methyls of 8 carbons
        assertEquals(0, p.stereocentres());
        assertEquals(0, p.lipinskiViolations());
        assertTrue(p.veberPass());
    }

    @Test
    void kekuleInputGivesTheSameProperties() throws Exception {
        assertSameProperties(props("CC(=O)Oc1ccccc1C(=O)O"), props("CC(=O)OC1=CC=CC=C1C(O)=O"));
        assertSameProperties(props("Cn1c(=O)c2c(ncn2C)n(C)c1=O"), props("Cn1cnc2c1C(=O)N(C)C(=O)N2C"));
    }

    @Test
    void explicitHydrogensAreIgnoredAsRdkitDoes() throws Exception {
        assertSameProperties(props("CCO"), props("[H]OC([H])([H])C([H])([H])[H]"));
    }

    /** Equal up to floating-point summation order. */
    private static void assertSameProperties(MolecularProperties expected, MolecularProperties actual) {
        assertEquals(expected.molWeight(), actual.molWeight(), 1e-9);
        assertEquals(expected.tpsa(), actual.tpsa(), 1e-9);
        assertEquals(expected.crippenLogP(), actual.crippenLogP(), 1e-9);
        assertEquals(expected.qed(), actual.qed(), 1e-9);
        assertEquals(expected.fsp3(), actual.fsp3(), 1e-9);
        assertEquals(List.of(expected.heavyAtoms(), expected.rings(), expected.aromaticRings(), expected.hbd(),
                        expected.hba(), expected.rotatableBonds(), expected.formalCharge(), expected.stereocentres(),
                        expected.lipinskiViolations()),
                List.of(actual.heavyAtoms(), actual.rings(), actual.aromaticRings(), actual.hbd(), actual.hba(),
                        actual.rotatableBonds(), actual.formalCharge(), actual.stereocentres(),
                        actual.lipinskiViolations()));
        assertEquals(expected.veberPass(), actual.veberPass());
    }

    @Test
    void bridgedRingsCountLikeRdkit() throws Exception {
        assertEquals(3, props("C1CC2CCC1CC2").rings()); // bicyclo[2.2.2]octane: three equal six-rings
        assertEquals(6, props("C12C3C4C1C5C2C3C45").rings()); // cubane: six faces
        assertEquals(3, props("c1ccc2cc3ccccc3cc2c1").aromaticRings()); // anthracene
    }

    @Test
    void strictRotatableBondsSkipTertButyl() throws Exception {
        assertEquals(0, props("CC(C)(C)c1ccccc1").rotatableBonds());
    }

    @Test
    void chargeStereoLipinskiAndVeber() throws Exception {
        MolecularProperties alanine = props("C[C@H](N)C(=O)O");
        assertEquals(1, alanine.stereocentres());
        assertEquals(2, alanine.hbd());
        assertEquals(1, props("CC(N)C(=O)O").stereocentres()); // unspecified centres count too
        assertEquals(1, props("C[N+](C)(C)C").formalCharge());

        // MW > 500, logP > 5: two violations; 17 rotatable bonds fail Veber
        MolecularProperties big = props("CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC(=O)O");
        assertEquals(2, big.lipinskiViolations());
        assertFalse(big.veberPass());
    }

    @Test
    void callersMoleculeKeepsItsSmiles() throws Exception {
        IAtomContainer mol = Molecules.parseSmiles("CC(=O)Oc1ccccc1C(=O)O");
        String before = Molecules.canonicalSmiles(mol);
        int atoms = mol.getAtomCount();
        calculator.calculate(mol);
        assertEquals(before, Molecules.canonicalSmiles(mol));
        assertEquals(atoms, mol.getAtomCount());
    }

    @Test
    void aromaticityIsPerceivedFromKekuleInput() throws Exception {
        IAtomContainer pyridone = Molecules.parseSmiles("O=C1C=CC=CN1");
        long aromatic = 0;
        for (IAtom atom : pyridone.atoms()) {
            aromatic += atom.isAromatic() ? 1 : 0;
        }
        assertEquals(6, aromatic); // RDKit: O=c1cccc[nH]1
        assertEquals(0, props("C=C1C=CC=C1").aromaticRings()); // fulvene is not aromatic
    }

    @Test
    void independentInstancesAgreeAcrossThreads() throws Exception {
        List<String> smiles = List.of("CCO", "CC(=O)Oc1ccccc1C(=O)O", "Cn1c(=O)c2c(ncn2C)n(C)c1=O",
                "O=C(NCC(CCCN1CCC(c2c[nH]c3ccccc23)CC1)c1ccccc1)Nc1ccc(Cl)c(Cl)c1", "C1CC2CCC1CC2");
        List<MolecularProperties> expected = new ArrayList<>();
        for (String s : smiles) {
            expected.add(props(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<MolecularProperties>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    PropertyCalculator own = new PropertyCalculator();
                    List<MolecularProperties> results = new ArrayList<>();
                    for (int repeat = 0; repeat < 20; repeat++) {
                        results.clear();
                        for (String s : smiles) {
                            results.add(own.calculate(Molecules.parseSmiles(s)));
                        }
                    }
                    return results;
                }));
            }
            for (Future<List<MolecularProperties>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

package org.denovo.core.chem.conformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import javax.vecmath.Point3d;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV2000Reader;

/** The default chain gives usable coordinates that read back; bad input and exhausted budgets fail clearly. */
class ConformerBuilderTest {
    private static ConformerBuilder builder;

    @BeforeAll
    static void open() {
        builder = new ConformerBuilder();
    }

    @AfterAll
    static void close() {
        builder.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "c1ccccc1", // benzene
        "CC(C)Cc1ccc(cc1)[C@@H](C)C(=O)O", // (S)-ibuprofen
        "O=C1CCCCCCCCCCCN1", // laurolactam, a 13-membered ring
        "C1CCC2(CC1)CCNCC2", // 3-azaspiro[5.5]undecane
        "C[N+](C)(C)CC(=O)[O-]", // betaine, charged atoms
        "CC(=O)Oc1ccccc1C(=O)O", // aspirin
        "C[C@H]1CC[C@@H](CC1)O/N=C/c1ccccc1", // ring stereo and an E double bond
    })
    void usableCoordinatesThatReadBackWithAllHydrogens(String smiles) throws Exception {
        Conformer c = builder.build(smiles);
        assertTrue(c.usable(), () -> smiles + ": " + c.failure() + "; " + c.check().describe());
        assertTrue(c.check().sane());
        assertTrue(c.stereoPreserved());
        assertEquals(Molecules.canonicalSmiles(Molecules.parseSmiles(smiles)), c.canonicalSmiles());
        assertTrue(List.of("cdk", "cdk-mmff", "openchemlib", "openchemlib-so").contains(c.method()));

        IAtomContainer back;
        try (MDLV2000Reader reader = new MDLV2000Reader(new StringReader(c.molBlock()))) {
            back = reader.read(Molecules.BUILDER.newAtomContainer());
        }
        assertEquals(atomsWithHydrogens(smiles), back.getAtomCount());
        int hydrogens = 0;
        double minZ = Double.MAX_VALUE;
        double maxZ = -Double.MAX_VALUE;
        for (IAtom a : back.atoms()) {
            hydrogens += a.getAtomicNumber() == 1 ? 1 : 0;
            assertEquals(0, a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount());
            Point3d p = a.getPoint3d();
            minZ = Math.min(minZ, p.z);
            maxZ = Math.max(maxZ, p.z);
        }
        assertTrue(hydrogens > 0);
        assertTrue(maxZ - minZ > 0.1, "3D coordinates expected, z spread " + (maxZ - minZ));
        // what was read back is the same molecule and passes the same check
        assertTrue(GeometryCheck.of(perceived(back)).sane());
        assertTrue(c.nanos() > 0 && c.cpuNanos() > 0);
    }

    @Test
    void chargesSurviveTheMolfile() throws Exception {
        Conformer c = builder.build("C[N+](C)(C)CC(=O)[O-]");
        IAtomContainer back;
        try (MDLV2000Reader reader = new MDLV2000Reader(new StringReader(c.molBlock()))) {
            back = reader.read(Molecules.BUILDER.newAtomContainer());
        }
        assertEquals(1, back.getAtom(1).getFormalCharge()); // N+
        assertEquals(-1, back.getAtom(7).getFormalCharge()); // O-
    }

    @Test
    void nonsenseSmilesIsAClearError() {
        ConformerException e = assertThrows(ConformerException.class, () -> builder.build("this is not a molecule"));
        assertEquals(ConformerException.INVALID_SMILES, e.reason());
        assertTrue(e.getMessage().contains("not a valid SMILES"), e.getMessage());
        assertEquals(ConformerException.INVALID_SMILES,
                assertThrows(ConformerException.class, () -> builder.build("  ")).reason());
        assertEquals(ConformerException.INVALID_SMILES,
                assertThrows(ConformerException.class, () -> builder.build("C1CC")).reason()); // unclosed ring
    }

    @Test
    void mirroredCoordinatesLoseTheStereoCentre() throws Exception {
        PreparedMolecule p = PreparedMolecule.of("C[C@H](N)C(=O)O"); // L-alanine
        IAtomContainer mol = p.copy();
        new OclGenerator().selfOrganizedConformer(p, mol, () -> Long.MAX_VALUE);
        assertTrue(StereoCheck.preserved(mol));
        for (IAtom a : mol.atoms()) {
            a.getPoint3d().z = -a.getPoint3d().z;
        }
        assertFalse(StereoCheck.preserved(mol));
        assertTrue(GeometryCheck.of(mol).sane()); // a mirror image is still sane geometry
    }

    @Test
    void eachGeneratorCanBeAskedForAlone() throws Exception {
        for (ConformerMethod m : ConformerMethod.values()) {
            Conformer c = builder.build("CCO", m);
            assertEquals(m.id(), c.method());
            assertTrue(c.check().finite(), m + ": " + c.check().describe());
        }
    }

    @Test
    void warmingUpLoadsEveryGeneratorInTheOrderNotOnlyTheFirst() throws Exception {
        try (ConformerBuilder fresh = new ConformerBuilder()) {
            fresh.build("CCO"); // the first generator succeeds, so the fallback is never called
            assertTrue(fresh.warmedUp(ConformerBuilder.DEFAULT_ORDER.get(0)));
            assertFalse(fresh.warmedUp(ConformerBuilder.DEFAULT_ORDER.get(1)));
            fresh.warmUp();
            for (ConformerMethod m : ConformerBuilder.DEFAULT_ORDER) {
                assertTrue(fresh.warmedUp(m), m.id());
            }
        }
    }

    @Test
    void aBudgetTooSmallTimesOutWithAClearReason() {
        try (ConformerBuilder hurried = new ConformerBuilder(List.of(ConformerMethod.OPENCHEMLIB), Duration.ofMillis(1))) {
            ConformerException e = assertThrows(ConformerException.class,
                    () -> hurried.build("CCCCCCCCCCC(NC(=O)c1ccc(C#N)cc1)C(C)(C)C(=O)N[C@@H](Cc1ccccc1)C(=O)OCC"));
            assertEquals(ConformerException.TIMEOUT, e.reason(), e.getMessage());
        }
    }

    @Test
    void whenEveryMethodTimesOutTheReasonIsTimeout() {
        try (ConformerBuilder hurried = new ConformerBuilder(ConformerBuilder.DEFAULT_ORDER, Duration.ofNanos(1))) {
            ConformerException e = assertThrows(ConformerException.class,
                    () -> hurried.build("CCCCCCCCCCC(NC(=O)c1ccc(C#N)cc1)C(C)(C)C(=O)N[C@@H](Cc1ccccc1)C(=O)OCC"));
            assertEquals(ConformerException.TIMEOUT, e.reason(), e.getMessage()); // so the window retries without a limit
        }
    }

    @Test
    void aSpentMoleculeBudgetStopsTheChainWithAClearReason() {
        try (ConformerBuilder hurried = new ConformerBuilder(ConformerBuilder.DEFAULT_ORDER, Duration.ofSeconds(2),
                Duration.ofNanos(1))) {
            ConformerException e = assertThrows(ConformerException.class, () -> hurried.build("CC(=O)Nc1ccc(O)cc1"));
            assertEquals(ConformerException.TIMEOUT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("time budget is spent"), e.getMessage());
        }
    }

    @Test
    void theInteractiveBuilderAnswersOrdinaryMoleculesInFull() throws Exception {
        try (ConformerBuilder quick = ConformerBuilder.interactive()) {
            quick.build("CCO"); // loads OpenChemLib's data outside the measurement
            Conformer c = quick.build("CC(=O)Nc1ccc(O)cc1");
            assertTrue(c.usable(), c.check().describe());
            assertFalse(c.cutShort());
            assertTrue(c.cpuNanos() < ConformerBuilder.DEFAULT_BUDGET.toNanos());
        }
    }

    private static int atomsWithHydrogens(String smiles) throws Exception {
        IAtomContainer m = Molecules.parseSmiles(smiles);
        int n = m.getAtomCount();
        for (IAtom a : m.atoms()) {
            n += a.getImplicitHydrogenCount();
        }
        return n;
    }

    private static IAtomContainer perceived(IAtomContainer mol) throws Exception {
        Molecules.perceive(mol);
        return mol;
    }
}

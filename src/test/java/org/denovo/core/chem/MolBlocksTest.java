package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV3000Reader;
import org.denovo.core.chem.structure.Molecules;

/** Molfiles are V2000 unless the molecule is too large for it, then V3000, and both read back. */
class MolBlocksTest {
    @Test
    void smallMoleculesAreV2000() throws Exception {
        String block = new MolBlocks().molBlock("CC(=O)Nc1ccc(O)cc1", "paracetamol");
        assertTrue(block.startsWith("paracetamol\n"));
        assertTrue(block.contains("V2000"));
        assertFalse(block.contains("V3000"));
    }

    @Test
    void moleculesOverV2000LimitsAreV3000() throws Exception {
        String smiles = "C".repeat(1_200); // 1,200 atoms: more than a V2000 counts line can hold
        String block = new MolBlocks().molBlock(smiles, "long chain");
        assertTrue(block.contains("V3000"));
        try (MDLV3000Reader reader = new MDLV3000Reader(new StringReader(block + "M  END\n"))) {
            IAtomContainer back = reader.read(Molecules.BUILDER.newAtomContainer());
            assertEquals(1_200, back.getAtomCount());
            assertEquals(1_199, back.getBondCount());
        }
    }

    @Test
    void moleculesTooLargeToLayOutAreWrittenWithoutCoordinates() throws Exception {
        String smiles = "C".repeat(2_500); // laid out, this takes about 100 s
        String block = new MolBlocks().molBlock(smiles, "very long chain");
        try (MDLV3000Reader reader = new MDLV3000Reader(new StringReader(block + "M  END\n"))) {
            IAtomContainer back = reader.read(Molecules.BUILDER.newAtomContainer());
            assertEquals(2_500, back.getAtomCount());
            for (int i = 0; i < back.getAtomCount(); i++) {
                var p2 = back.getAtom(i).getPoint2d();
                var p3 = back.getAtom(i).getPoint3d();
                assertTrue((p2 == null || p2.x == 0 && p2.y == 0) && (p3 == null || p3.x == 0 && p3.y == 0 && p3.z == 0),
                        "atom " + i + " was laid out");
            }
        }
    }
}

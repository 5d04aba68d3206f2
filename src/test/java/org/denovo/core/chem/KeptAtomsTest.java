package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeptAtomsTest {
    @Test
    void pickedBenzeneRingIsKeptWhateverHangsOnIt() {
        String smarts = KeptAtoms.smartsOfMappedAtoms("C[c:1]1[cH:1][cH:1][cH:1][cH:1][cH:1]1");
        SubstructureQuery q = SubstructureQuery.compile(smarts);
        assertTrue(q.matches("Cc1ccccc1"));
        assertTrue(q.matches("Clc1ccc(O)cc1"), "substituents on kept atoms are allowed");
        assertFalse(q.matches("CC1CCCCC1"), "an aliphatic ring is not the kept aromatic ring");
        assertFalse(q.matches("Cc1ccncc1"), "an atom of the kept ring changed");
    }

    @Test
    void chargesAndBondOrdersArePinned() {
        String smarts = KeptAtoms.smartsOfMappedAtoms("[CH3:1][C:1](=[O:1])[O-:1]");
        SubstructureQuery q = SubstructureQuery.compile(smarts);
        assertTrue(q.matches("CC(=O)[O-]"));
        assertFalse(q.matches("CC(=O)O"), "the charge is part of what is kept");
        assertFalse(q.matches("CC(O)[O-]"), "the double bond is part of what is kept");
    }

    @Test
    void fusedRingsAndSeparatePartsAreWritten() {
        String naphthalene = KeptAtoms.smartsOfMappedAtoms("[cH:1]1[cH:1][cH:1][c:1]2[cH:1][cH:1][cH:1][cH:1][c:1]2[cH:1]1");
        assertTrue(SubstructureQuery.compile(naphthalene).matches("Cc1ccc2ccccc2c1"));
        assertFalse(SubstructureQuery.compile(naphthalene).matches("c1ccc(-c2ccccc2)cc1"), "biphenyl is not naphthalene");
        String parts = KeptAtoms.smartsOfMappedAtoms("[F:1]c1ccc([Cl:2])cc1");
        assertEquals(2, parts.split("\\.").length, parts);
        assertTrue(SubstructureQuery.compile(parts).matches("Fc1ccccc1Cl"));
        assertFalse(SubstructureQuery.compile(parts).matches("Fc1ccccc1"));
    }

    @Test
    void nothingPickedIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeptAtoms.smartsOfMappedAtoms("c1ccccc1"));
        assertEquals("no atom was picked", e.getMessage());
    }
}
